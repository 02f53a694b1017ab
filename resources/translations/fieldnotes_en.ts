<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="86"/>
        <source>Registrér god metode</source>
        <translation>Capture good method</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="87"/>
        <source>Registrér idé til idékataloget</source>
        <translation>Capture idea for the idea catalogue</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="88"/>
        <source>Registrér ressourcetal</source>
        <translation>Capture resource figure</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="89"/>
        <source>Registrér opfølgning</source>
        <translation>Capture follow-up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="92"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="93"/>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="94"/>
        <source>&amp;Beløb:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="95"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="96"/>
        <source>&amp;Finansiering:</source>
        <translation>&amp;Funding:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="97"/>
        <source>&amp;Sikkerhed:</source>
        <translation>&amp;Certainty:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="98"/>
        <source>&amp;Hvem:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/capture_dialog.py" line="99"/>
        <source>T&amp;ekst fra noten:</source>
        <translation>T&amp;ext from the note:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="13"/>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="14"/>
        <source>Gennemført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="15"/>
        <source>Skrevet op</source>
        <translation>Written up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="16"/>
        <source>Kommunal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="17"/>
        <source>Statslig</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="18"/>
        <source>Boligsocial</source>
        <translation>Social housing</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="19"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="20"/>
        <source>Præcist tal</source>
        <translation>Exact figure</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="21"/>
        <source>Skøn</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="22"/>
        <source>Usikkert</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="23"/>
        <source>Ny lokal indsats</source>
        <translation>New local effort</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="24"/>
        <source>Vidensindsamling og -spredning</source>
        <translation>Gathering and spreading knowledge</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="25"/>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="26"/>
        <source>Drøftet</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="27"/>
        <source>Med i kataloget</source>
        <translation>In the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="28"/>
        <source>Forkastet</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="36"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="56"/>
        <source>Besøg</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="37"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="55"/>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="38"/>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="39"/>
        <source>Gode metoder</source>
        <translation>Good methods</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="40"/>
        <source>Idéer</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="41"/>
        <source>Ressourcer</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="42"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="43"/>
        <source>Høringssvar</source>
        <translation>Consultation responses</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="51"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="52"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="53"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="57"/>
        <source>Taler</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="58"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="59"/>
        <source>Ændret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="60"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="61"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="62"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="63"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="64"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="65"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="66"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="67"/>
        <source>Kan udføres af</source>
        <translation>Could be carried out by</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="68"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="69"/>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="70"/>
        <source>Beløb</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="71"/>
        <source>Sikkerhed</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="72"/>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="73"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="74"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="75"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="76"/>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="77"/>
        <source>Afsender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="78"/>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="79"/>
        <source>Problemer</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="91"/>
        <source>Filtrér (alle ord skal passe) …</source>
        <translation>Filter (all words must match) …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="92"/>
        <source>Filtrér listen</source>
        <translation>Filter the list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/list_page.py" line="102"/>
        <source>%n række(r)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="104"/>
        <source>(i hukommelsen)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="105"/>
        <source>Fieldnotes – {0}</source>
        <translation>Fieldnotes – {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="106"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="107"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="108"/>
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="109"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="110"/>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="111"/>
        <source>Oversigt</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="52"/>
        <source>Hvem er du?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="55"/>
        <source>Fieldnotes skriver dit navn på alt, du opretter og ændrer. Vælg dig selv, eller skriv dit navn og dine initialer.</source>
        <translation>Fieldnotes writes your name on everything you create and change. Choose yourself, or type your name and initials.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="59"/>
        <source>&amp;Kendt medlem:</source>
        <translation>&amp;Known member:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="60"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="61"/>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="62"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="63"/>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/member_dialog.py" line="64"/>
        <source>fx AH</source>
        <translation>e.g. AH</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="69"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="70"/>
        <source>&amp;Fortryd {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="75"/>
        <source>&amp;Annullér fortryd</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="76"/>
        <source>&amp;Annullér fortryd {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="81"/>
        <source>oprettelse</source>
        <translation>creation</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="82"/>
        <source>ændring</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="83"/>
        <source>sletning</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="84"/>
        <source>skrivning</source>
        <translation>typing</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="85"/>
        <source>ny note</source>
        <translation>new note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="86"/>
        <source>valg af taler</source>
        <translation>choice of speaker</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="87"/>
        <source>tagging</source>
        <translation>tagging</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="88"/>
        <source>fjernelse af tag</source>
        <translation>tag removal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="89"/>
        <source>citatmarkering</source>
        <translation>quote marking</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="90"/>
        <source>registrering af metode</source>
        <translation>method capture</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="91"/>
        <source>registrering af idé</source>
        <translation>idea capture</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="92"/>
        <source>registrering af ressourcetal</source>
        <translation>resource figure capture</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="93"/>
        <source>registrering af opfølgning</source>
        <translation>follow-up capture</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="54"/>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="56"/>
        <source>Temaer på noten</source>
        <translation>Themes of the note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="55"/>
        <source>&amp;Fjern tag</source>
        <translation>&amp;Remove tag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="58"/>
        <source>Markér tekst og tryk Ctrl+1 … Ctrl+5 for at tagge den med et tema.</source>
        <translation>Select text and press Ctrl+1 … Ctrl+5 to tag it with a theme.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="86"/>
        <source>{0} – hele noten</source>
        <translation>{0} – whole note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="90"/>
        <source>citat</source>
        <translation>quote</translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="159"/>
        <source>&amp;Ny note</source>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="160"/>
        <source>Ny note under spørgsmålet (Ctrl+Enter)</source>
        <translation>New note under the question (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="161"/>
        <source>&amp;Citat</source>
        <translation>&amp;Quote</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="162"/>
        <source>Markér passagen som citat (Ctrl+Shift+Q)</source>
        <translation>Mark the passage as a quote (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="164"/>
        <source>&amp;Metode</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="164"/>
        <source>Registrér en god metode (Ctrl+Shift+M)</source>
        <translation>Capture a good method (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="165"/>
        <source>&amp;Idé</source>
        <translation>&amp;Idea</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="165"/>
        <source>Registrér en idé (Ctrl+Shift+I)</source>
        <translation>Capture an idea (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="167"/>
        <source>&amp;Ressource</source>
        <translation>&amp;Resource</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="168"/>
        <source>Registrér et ressourcetal (Ctrl+Shift+R)</source>
        <translation>Capture a resource figure (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="170"/>
        <source>&amp;Opfølgning</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="170"/>
        <source>Registrér en opfølgning (Ctrl+Shift+F)</source>
        <translation>Capture a follow-up (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="178"/>
        <source>Tag med {0} (Ctrl+{1})</source>
        <translation>Tag with {0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="179"/>
        <source>&amp;Taler:</source>
        <translation>&amp;Speaker:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="180"/>
        <source>Taler</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="181"/>
        <source>Skriv et navn (Ctrl+T) …</source>
        <translation>Type a name (Ctrl+T) …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="182"/>
        <source>Interviewguide</source>
        <translation>Interview guide</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="183"/>
        <source>Noter under spørgsmålet</source>
        <translation>Notes under the question</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="184"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="185"/>
        <source>Skriv noten her. Ctrl+Enter: ny note.</source>
        <translation>Type the note here. Ctrl+Enter: new note.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="186"/>
        <source>Noteværktøjer</source>
        <translation>Note tools</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="243"/>
        <source>Øvrige noter</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="320"/>
        <source>(tom note)</source>
        <translation>(empty note)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="416"/>
        <source>Markér citatet i noten først.</source>
        <translation>Select the quote in the note first.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="424"/>
        <source>Skriv en note først.</source>
        <translation>Write a note first.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="440"/>
        <source>Registreret: {0}</source>
        <translation>Captured: {0}</translation>
    </message>
</context>
</TS>
