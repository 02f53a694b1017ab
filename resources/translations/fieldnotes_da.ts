<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="86"/>
        <source>Registrér god metode</source>
        <translation>Registrér god metode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="87"/>
        <source>Registrér idé til idékataloget</source>
        <translation>Registrér idé til idékataloget</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="88"/>
        <source>Registrér ressourcetal</source>
        <translation>Registrér ressourcetal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="89"/>
        <source>Registrér opfølgning</source>
        <translation>Registrér opfølgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="92"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="93"/>
        <source>&amp;Kategori:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="94"/>
        <source>&amp;Beløb:</source>
        <translation>&amp;Beløb:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="95"/>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="96"/>
        <source>&amp;Finansiering:</source>
        <translation>&amp;Finansiering:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="97"/>
        <source>&amp;Sikkerhed:</source>
        <translation>&amp;Sikkerhed:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="98"/>
        <source>&amp;Hvem:</source>
        <translation>&amp;Hvem:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="99"/>
        <source>T&amp;ekst fra noten:</source>
        <translation>T&amp;ekst fra noten:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="13"/>
        <source>Planlagt</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="14"/>
        <source>Gennemført</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="15"/>
        <source>Skrevet op</source>
        <translation>Skrevet op</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="16"/>
        <source>Kommunal</source>
        <translation>Kommunal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="17"/>
        <source>Statslig</source>
        <translation>Statslig</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="18"/>
        <source>Boligsocial</source>
        <translation>Boligsocial</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="19"/>
        <source>Andet</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="20"/>
        <source>Præcist tal</source>
        <translation>Præcist tal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="21"/>
        <source>Skøn</source>
        <translation>Skøn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="22"/>
        <source>Usikkert</source>
        <translation>Usikkert</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="23"/>
        <source>Ny lokal indsats</source>
        <translation>Ny lokal indsats</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="24"/>
        <source>Vidensindsamling og -spredning</source>
        <translation>Vidensindsamling og -spredning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="25"/>
        <source>Forslag</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="26"/>
        <source>Drøftet</source>
        <translation>Drøftet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="27"/>
        <source>Med i kataloget</source>
        <translation>Med i kataloget</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="28"/>
        <source>Forkastet</source>
        <translation>Forkastet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="36"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="56"/>
        <source>Besøg</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="37"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="55"/>
        <source>Noter</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="38"/>
        <source>Personer</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="39"/>
        <source>Gode metoder</source>
        <translation>Gode metoder</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="40"/>
        <source>Idéer</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="41"/>
        <source>Ressourcer</source>
        <translation>Ressourcer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="42"/>
        <source>Opfølgning</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="43"/>
        <source>Høringssvar</source>
        <translation>Høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="51"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="52"/>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="53"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="57"/>
        <source>Taler</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="58"/>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="59"/>
        <source>Ændret</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="60"/>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="61"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="62"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="63"/>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="64"/>
        <source>Sted</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="65"/>
        <source>Målgruppe</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="66"/>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="67"/>
        <source>Kan udføres af</source>
        <translation>Kan udføres af</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="68"/>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="69"/>
        <source>Finansiering</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="70"/>
        <source>Beløb</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="71"/>
        <source>Sikkerhed</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="72"/>
        <source>Formål</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="73"/>
        <source>Hvad</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="74"/>
        <source>Hvem</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="75"/>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="76"/>
        <source>Udført</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="77"/>
        <source>Afsender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="78"/>
        <source>Modtaget</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="79"/>
        <source>Problemer</source>
        <translation>Problemer</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="91"/>
        <source>Filtrér (alle ord skal passe) …</source>
        <translation>Filtrér (alle ord skal passe) …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="92"/>
        <source>Filtrér listen</source>
        <translation>Filtrér listen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/list_page.py" line="102"/>
        <source>%n række(r)</source>
        <translation>
            <numerusform>%n række</numerusform>
            <numerusform>%n rækker</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="104"/>
        <source>(i hukommelsen)</source>
        <translation>(i hukommelsen)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="105"/>
        <source>Fieldnotes – {0}</source>
        <translation>Fieldnotes – {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="106"/>
        <source>&amp;Filer</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="107"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="108"/>
        <source>&amp;Redigér</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="109"/>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="110"/>
        <source>&amp;Sprog</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="111"/>
        <source>Oversigt</source>
        <translation>Oversigt</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="52"/>
        <source>Hvem er du?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="55"/>
        <source>Fieldnotes skriver dit navn på alt, du opretter og ændrer. Vælg dig selv, eller skriv dit navn og dine initialer.</source>
        <translation>Fieldnotes skriver dit navn på alt, du opretter og ændrer. Vælg dig selv, eller skriv dit navn og dine initialer.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="59"/>
        <source>&amp;Kendt medlem:</source>
        <translation>&amp;Kendt medlem:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="60"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="61"/>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="62"/>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="63"/>
        <source>Initialer</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="64"/>
        <source>fx AH</source>
        <translation>fx AH</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="69"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="70"/>
        <source>&amp;Fortryd {0}</source>
        <translation>&amp;Fortryd {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="75"/>
        <source>&amp;Annullér fortryd</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="76"/>
        <source>&amp;Annullér fortryd {0}</source>
        <translation>&amp;Annullér fortryd {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="81"/>
        <source>oprettelse</source>
        <translation>oprettelse</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="82"/>
        <source>ændring</source>
        <translation>ændring</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="83"/>
        <source>sletning</source>
        <translation>sletning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="84"/>
        <source>skrivning</source>
        <translation>skrivning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="85"/>
        <source>ny note</source>
        <translation>ny note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="86"/>
        <source>valg af taler</source>
        <translation>valg af taler</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="87"/>
        <source>tagging</source>
        <translation>tagging</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="88"/>
        <source>fjernelse af tag</source>
        <translation>fjernelse af tag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="89"/>
        <source>citatmarkering</source>
        <translation>citatmarkering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="90"/>
        <source>registrering af metode</source>
        <translation>registrering af metode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="91"/>
        <source>registrering af idé</source>
        <translation>registrering af idé</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="92"/>
        <source>registrering af ressourcetal</source>
        <translation>registrering af ressourcetal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="93"/>
        <source>registrering af opfølgning</source>
        <translation>registrering af opfølgning</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="54"/>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="56"/>
        <source>Temaer på noten</source>
        <translation>Temaer på noten</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="55"/>
        <source>&amp;Fjern tag</source>
        <translation>&amp;Fjern tag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="58"/>
        <source>Markér tekst og tryk Ctrl+1 … Ctrl+5 for at tagge den med et tema.</source>
        <translation>Markér tekst og tryk Ctrl+1 … Ctrl+5 for at tagge den med et tema.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="86"/>
        <source>{0} – hele noten</source>
        <translation>{0} – hele noten</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="90"/>
        <source>citat</source>
        <translation>citat</translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="159"/>
        <source>&amp;Ny note</source>
        <translation>&amp;Ny note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="160"/>
        <source>Ny note under spørgsmålet (Ctrl+Enter)</source>
        <translation>Ny note under spørgsmålet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="161"/>
        <source>&amp;Citat</source>
        <translation>&amp;Citat</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="162"/>
        <source>Markér passagen som citat (Ctrl+Shift+Q)</source>
        <translation>Markér passagen som citat (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="164"/>
        <source>&amp;Metode</source>
        <translation>&amp;Metode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="164"/>
        <source>Registrér en god metode (Ctrl+Shift+M)</source>
        <translation>Registrér en god metode (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="165"/>
        <source>&amp;Idé</source>
        <translation>&amp;Idé</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="165"/>
        <source>Registrér en idé (Ctrl+Shift+I)</source>
        <translation>Registrér en idé (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="167"/>
        <source>&amp;Ressource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="168"/>
        <source>Registrér et ressourcetal (Ctrl+Shift+R)</source>
        <translation>Registrér et ressourcetal (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="170"/>
        <source>&amp;Opfølgning</source>
        <translation>&amp;Opfølgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="170"/>
        <source>Registrér en opfølgning (Ctrl+Shift+F)</source>
        <translation>Registrér en opfølgning (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="178"/>
        <source>Tag med {0} (Ctrl+{1})</source>
        <translation>Tag med {0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="179"/>
        <source>&amp;Taler:</source>
        <translation>&amp;Taler:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="180"/>
        <source>Taler</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="181"/>
        <source>Skriv et navn (Ctrl+T) …</source>
        <translation>Skriv et navn (Ctrl+T) …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="182"/>
        <source>Interviewguide</source>
        <translation>Interviewguide</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="183"/>
        <source>Noter under spørgsmålet</source>
        <translation>Noter under spørgsmålet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="184"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="185"/>
        <source>Skriv noten her. Ctrl+Enter: ny note.</source>
        <translation>Skriv noten her. Ctrl+Enter: ny note.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="186"/>
        <source>Noteværktøjer</source>
        <translation>Noteværktøjer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="243"/>
        <source>Øvrige noter</source>
        <translation>Øvrige noter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="320"/>
        <source>(tom note)</source>
        <translation>(tom note)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="416"/>
        <source>Markér citatet i noten først.</source>
        <translation>Markér citatet i noten først.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="424"/>
        <source>Skriv en note først.</source>
        <translation>Skriv en note først.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="440"/>
        <source>Registreret: {0}</source>
        <translation>Registreret: {0}</translation>
    </message>
</context>
</TS>
