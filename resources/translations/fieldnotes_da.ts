<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="68"/>
        <source>Interviewnoter, fletning og Word-dokumenter for Task Force om gode metoder og erfaringer til en styrket integration.</source>
        <translation>Interviewnoter, fletning og Word-dokumenter for Task Force om gode metoder og erfaringer til en styrket integration.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="73"/>
        <source>Licenser: Fieldnotes GPL-3.0-or-later; Qt og PySide6 LGPL-3.0; SQLite public domain; sqlite-utils Apache-2.0; python-docx og platformdirs MIT; click BSD-3-Clause; merge3 GPL-2.0-or-later; SQLCipher BSD-3-Clause og sqlcipher3 MIT; pyenchant og Enchant LGPL-2.1-or-later.</source>
        <translation>Licenser: Fieldnotes GPL-3.0-or-later; Qt og PySide6 LGPL-3.0; SQLite public domain; sqlite-utils Apache-2.0; python-docx og platformdirs MIT; click BSD-3-Clause; merge3 GPL-2.0-or-later; SQLCipher BSD-3-Clause og sqlcipher3 MIT; pyenchant og Enchant LGPL-2.1-or-later.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="89"/>
        <source>Om Fieldnotes</source>
        <translation>Om Fieldnotes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="93"/>
        <source>Om Qt</source>
        <translation>Om Qt</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="44"/>
        <source>JSON-eksport</source>
        <translation>JSON-eksport</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="45"/>
        <source>Word-eksport</source>
        <translation>Word-eksport</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="46"/>
        <source>Pakke til sekretariatet</source>
        <translation>Pakke til sekretariatet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="47"/>
        <source>Sletning til glemsel</source>
        <translation>Sletning til glemsel</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="48"/>
        <source>Navn overstreget i note</source>
        <translation>Navn overstreget i note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="69"/>
        <source>Revisionslog</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="72"/>
        <source>Her står, hvornår personoplysninger har forladt denne computer (eksport og pakker), og hvornår nogen er slettet til glemsel. Loggen nævner aldrig selve oplysningerne.</source>
        <translation>Her står, hvornår personoplysninger har forladt denne computer (eksport og pakker), og hvornår nogen er slettet til glemsel. Loggen nævner aldrig selve oplysningerne.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="78"/>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="78"/>
        <source>Medlem</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="78"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="78"/>
        <source>Hvad</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="80"/>
        <source>&amp;Luk</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="66"/>
        <source>Læser listen …</source>
        <translation>Læser listen …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="115"/>
        <source>Ved start</source>
        <translation>Ved start</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="116"/>
        <source>Mens du arbejdede</source>
        <translation>Mens du arbejdede</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="117"/>
        <source>Før fletning</source>
        <translation>Før fletning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="118"/>
        <source>Før opgradering</source>
        <translation>Før opgradering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="119"/>
        <source>Taget af dig</source>
        <translation>Taget af dig</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="120"/>
        <source>Før gendannelse</source>
        <translation>Før gendannelse</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="121"/>
        <source>Før kryptering</source>
        <translation>Før kryptering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="125"/>
        <source>Sikkerhedskopier – {0}</source>
        <translation>Sikkerhedskopier – {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="128"/>
        <source>Fieldnotes kopierer databasen, når programmet starter, før hver fletning og jævnligt, mens du arbejder. De ti nyeste kopier og én pr. dag i 30 dage gemmes. Når du gendanner, gemmes den nuværende database først som en kopi, så du kan fortryde.</source>
        <translation>Fieldnotes kopierer databasen, når programmet starter, før hver fletning og jævnligt, mens du arbejder. De ti nyeste kopier og én pr. dag i 30 dage gemmes. Når du gendanner, gemmes den nuværende database først som en kopi, så du kan fortryde.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="135"/>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="135"/>
        <source>Årsag</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="135"/>
        <source>Størrelse</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="138"/>
        <source>&amp;Tag en kopi nu</source>
        <translation>&amp;Tag en kopi nu</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="139"/>
        <source>&amp;Gendan …</source>
        <translation>&amp;Gendan …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="140"/>
        <source>Åbn &amp;mappen</source>
        <translation>Åbn &amp;mappen</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="141"/>
        <source>&amp;Luk</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="170"/>
        <source>Kopien kan ikke læses.</source>
        <translation>Kopien kan ikke læses.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="175"/>
        <source>Der er endnu ingen sikkerhedskopier.</source>
        <translation>Der er endnu ingen sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="234"/>
        <source>Tager en kopi …</source>
        <translation>Tager en kopi …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="238"/>
        <source>Kopien er gemt: {0}</source>
        <translation>Kopien er gemt: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="246"/>
        <source>Gendan sikkerhedskopi</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="248"/>
        <source>Databasen sættes tilbage til kopien fra {0} ({1}). Den nuværende database gemmes først som en ny kopi, så du kan fortryde. Fortsæt?</source>
        <translation>Databasen sættes tilbage til kopien fra {0} ({1}). Den nuværende database gemmes først som en ny kopi, så du kan fortryde. Fortsæt?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="267"/>
        <source>Gendanner …</source>
        <translation>Gendanner …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="274"/>
        <source>Gendannet fra kopien fra {0}.</source>
        <translation>Gendannet fra kopien fra {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="278"/>
        <source>Den hidtidige database er gemt som en kopi øverst i listen.</source>
        <translation>Den hidtidige database er gemt som en kopi øverst i listen.</translation>
    </message>
</context>
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
    <name>ConflictsModel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="65"/>
        <source>Slags</source>
        <translation>Slags</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="65"/>
        <source>Emne</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="65"/>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="65"/>
        <source>Værdier</source>
        <translation>Værdier</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="214"/>
        <source>Konflikter</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="215"/>
        <source>Åbne konflikter</source>
        <translation>Åbne konflikter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="216"/>
        <source>Værdien der vises nu</source>
        <translation>Værdien der vises nu</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="217"/>
        <source>Den konkurrerende værdi</source>
        <translation>Den konkurrerende værdi</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="218"/>
        <source>Vælg konkurrerende værdi</source>
        <translation>Vælg konkurrerende værdi</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="219"/>
        <source>&amp;Samlet tekst (ret til, og gem):</source>
        <translation>&amp;Samlet tekst (ret til, og gem):</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="220"/>
        <source>Samlet tekst</source>
        <translation>Samlet tekst</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="221"/>
        <source>&amp;Gem samlet tekst</source>
        <translation>&amp;Gem samlet tekst</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="222"/>
        <source>Å&amp;bn emnet</source>
        <translation>Å&amp;bn emnet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="224"/>
        <source>Ingen åbne konflikter. Konflikter opstår, når to har ændret det samme felt.</source>
        <translation>Ingen åbne konflikter. Konflikter opstår, når to har ændret det samme felt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="248"/>
        <source>%n åben(e) konflikt(er)</source>
        <translation>
            <numerusform>%n åben konflikt</numerusform>
            <numerusform>%n åbne konflikter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="268"/>
        <source>{0} »{1}«, felt: {2}</source>
        <translation>{0} »{1}«, felt: {2}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="287"/>
        <source>&amp;Slet emnet</source>
        <translation>&amp;Slet emnet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="288"/>
        <source>Be&amp;hold emnet med ændringen</source>
        <translation>Be&amp;hold emnet med ændringen</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="290"/>
        <source>Behold &amp;venstre</source>
        <translation>Behold &amp;venstre</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="291"/>
        <source>Behold &amp;højre</source>
        <translation>Behold &amp;højre</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="300"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="301"/>
        <source>ukendt</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="309"/>
        <source>Slettet</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="309"/>
        <source>Gendannet</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="319"/>
        <source>Ændret {0}: {1}</source>
        <translation>Ændret {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="328"/>
        <source>&lt;b&gt;Vises nu&lt;/b&gt; (valgt automatisk) – {0}</source>
        <translation>&lt;b&gt;Vises nu&lt;/b&gt; (valgt automatisk) – {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="333"/>
        <source>&lt;b&gt;Konkurrerende værdi&lt;/b&gt; – {0}</source>
        <translation>&lt;b&gt;Konkurrerende værdi&lt;/b&gt; – {0}</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="147"/>
        <source>Dækning af kommissoriet</source>
        <translation>Dækning af kommissoriet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="149"/>
        <source>Besøg pr. tema</source>
        <translation>Besøg pr. tema</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="150"/>
        <source>Taggede passager pr. tema</source>
        <translation>Taggede passager pr. tema</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="151"/>
        <source>Gode metoder pr. tema</source>
        <translation>Gode metoder pr. tema</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="152"/>
        <source>Idéer pr. tema</source>
        <translation>Idéer pr. tema</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="153"/>
        <source>Besøg efter status</source>
        <translation>Besøg efter status</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="154"/>
        <source>Ressourcetal (tema 1d)</source>
        <translation>Ressourcetal (tema 1d)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="155"/>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="212"/>
        <source>Opfølgning, der forfalder</source>
        <translation>Opfølgning, der forfalder</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="194"/>
        <source>målet er nået</source>
        <translation>målet er nået</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="194"/>
        <source>for få endnu</source>
        <translation>for få endnu</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="196"/>
        <source>kommuner har ressourcetal (mål: mindst %1) – %2</source>
        <translation>kommuner har ressourcetal (mål: mindst %1) – %2</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="214"/>
        <source>overskredet</source>
        <translation>overskredet</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="119"/>
        <source>Dubletter</source>
        <extracomment>Facts about each row shown under its fields.</extracomment>
        <translation>Dubletter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="122"/>
        <source>Emner, som to medlemmer formentlig har oprettet hver for sig: besøg i samme kommune samme dag og personer med samme navn. Intet lægges sammen, før du beder om det, og en sammenlægning kan fortrydes (Ctrl+Z).</source>
        <translation>Emner, som to medlemmer formentlig har oprettet hver for sig: besøg i samme kommune samme dag og personer med samme navn. Intet lægges sammen, før du beder om det, og en sammenlægning kan fortrydes (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="127"/>
        <source>Mulige dubletter</source>
        <translation>Mulige dubletter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="128"/>
        <source>Dubletterne side om side</source>
        <translation>Dubletterne side om side</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="129"/>
        <source>&amp;Behold:</source>
        <translation>&amp;Behold:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="130"/>
        <source>Den række, der beholdes</source>
        <translation>Den række, der beholdes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="131"/>
        <source>&amp;Læg sammen …</source>
        <translation>&amp;Læg sammen …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="132"/>
        <source>Å&amp;bn</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="134"/>
        <source>Ingen mulige dubletter. De kan opstå, når pakker fra flere medlemmer flettes.</source>
        <translation>Ingen mulige dubletter. De kan opstå, når pakker fra flere medlemmer flettes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="178"/>
        <source>%n mulig(e) dublet(ter)</source>
        <translation>
            <numerusform>%n mulig dublet</numerusform>
            <numerusform>%n mulige dubletter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="196"/>
        <source>Samme kommune samme dag</source>
        <translation>Samme kommune samme dag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="198"/>
        <source>Samme navn</source>
        <translation>Samme navn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="231"/>
        <source>Oprettet af</source>
        <translation>Oprettet af</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="232"/>
        <source>Oprettet</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="233"/>
        <source>Henvisninger</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="234"/>
        <source>Hentet fra</source>
        <translation>Hentet fra</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="245"/>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="258"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="258"/>
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="282"/>
        <source>Læg dubletter sammen</source>
        <translation>Læg dubletter sammen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="284"/>
        <source>»{0}« beholdes. Alt, der henviser til de %n andre, flyttes over til den, tomme felter udfyldes fra dem, og de andre slettes. Det kan fortrydes med Redigér → Fortryd. Læg sammen?</source>
        <translation>
            <numerusform>»{0}« beholdes. Alt, der henviser til den anden, flyttes over til den, tomme felter udfyldes fra den anden, og den anden slettes. Det kan fortrydes med Redigér → Fortryd. Læg sammen?</numerusform>
            <numerusform>»{0}« beholdes. Alt, der henviser til de %n andre, flyttes over til den, tomme felter udfyldes fra dem, og de andre slettes. Det kan fortrydes med Redigér → Fortryd. Læg sammen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="249"/>
        <source>&amp;Kryptering</source>
        <translation>&amp;Kryptering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="250"/>
        <source>&amp;Kryptér databasen …</source>
        <translation>&amp;Kryptér databasen …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="251"/>
        <source>&amp;Skift adgangskode …</source>
        <translation>&amp;Skift adgangskode …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="252"/>
        <source>&amp;Fjern kryptering …</source>
        <translation>&amp;Fjern kryptering …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="268"/>
        <source>Databasen er krypteret.</source>
        <translation>Databasen er krypteret.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="275"/>
        <source>Adgangskoden er skiftet.</source>
        <translation>Adgangskoden er skiftet.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="281"/>
        <source>Fjern kryptering</source>
        <translation>Fjern kryptering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="283"/>
        <source>Databasen og dens sikkerhedskopier gemmes igen ukrypteret, så alle med adgang til computeren kan læse dem. Fortsæt?</source>
        <translation>Databasen og dens sikkerhedskopier gemmes igen ukrypteret, så alle med adgang til computeren kan læse dem. Fortsæt?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="292"/>
        <source>Krypteringen er fjernet.</source>
        <translation>Krypteringen er fjernet.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="312"/>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="330"/>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="352"/>
        <source>Kryptering</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="331"/>
        <source>Databasen og dens sikkerhedskopier skrives om …</source>
        <translation>Databasen og dens sikkerhedskopier skrives om …</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="266"/>
        <source>Slet person til glemsel</source>
        <translation>Slet person til glemsel</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="268"/>
        <source>Personens oplysninger fjernes for altid fra denne database og fra alle dens sikkerhedskopier; de ældre sikkerhedskopier skrives om uden personen. Sletningen følger med i pakkerne, så ingen senere fletning bringer personen tilbage – heller ikke en ældre pakke.</source>
        <translation>Personens oplysninger fjernes for altid fra denne database og fra alle dens sikkerhedskopier; de ældre sikkerhedskopier skrives om uden personen. Sletningen følger med i pakkerne, så ingen senere fletning bringer personen tilbage – heller ikke en ældre pakke.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="285"/>
        <source>Det kan ikke fortrydes. Fortryd-listen (Redigér ▸ Fortryd) tømmes bagefter.</source>
        <translation>Det kan ikke fortrydes. Fortryd-listen (Redigér ▸ Fortryd) tømmes bagefter.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="273"/>
        <source>&amp;Slet til glemsel</source>
        <translation>&amp;Slet til glemsel</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="275"/>
        <source>Overstreg et navn i noterne</source>
        <translation>Overstreg et navn i noterne</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="277"/>
        <source>Til et navn, der ikke er registreret som person, fx en borger, der blev nævnt i forbifarten. Navnet erstattes med {0} i de valgte noter, også i deres tidligere versioner og i alle sikkerhedskopier, og overstregningen følger med i pakkerne, så ingen fletning bringer navnet tilbage.</source>
        <translation>Til et navn, der ikke er registreret som person, fx en borger, der blev nævnt i forbifarten. Navnet erstattes med {0} i de valgte noter, også i deres tidligere versioner og i alle sikkerhedskopier, og overstregningen følger med i pakkerne, så ingen fletning bringer navnet tilbage.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="283"/>
        <source>&amp;Overstreg navnet</source>
        <translation>&amp;Overstreg navnet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="290"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="291"/>
        <source>Navnet, der skal overstreges</source>
        <translation>Navnet, der skal overstreges</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="292"/>
        <source>&amp;Find noterne</source>
        <translation>&amp;Find noterne</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="294"/>
        <source>O&amp;verstreg navnet i de valgte noter (erstattes med {0})</source>
        <translation>O&amp;verstreg navnet i de valgte noter (erstattes med {0})</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="296"/>
        <source>Besøg</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="296"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="296"/>
        <source>Uddrag</source>
        <translation>Uddrag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="297"/>
        <source>Noter, der nævner navnet</source>
        <translation>Noter, der nævner navnet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="299"/>
        <source>Skriv personens navn for at bekræfte, at personen skal slettes til glemsel:</source>
        <translation>Skriv personens navn for at bekræfte, at personen skal slettes til glemsel:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="301"/>
        <source>Bekræft med personens navn</source>
        <translation>Bekræft med personens navn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="302"/>
        <source>&amp;Jeg forstår, at overstregningen ikke kan fortrydes</source>
        <translation>&amp;Jeg forstår, at overstregningen ikke kan fortrydes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="303"/>
        <source>Hvad der blev gjort</source>
        <translation>Hvad der blev gjort</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="304"/>
        <source>&amp;Annullér</source>
        <translation>&amp;Annullér</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="305"/>
        <source>&amp;Luk</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="393"/>
        <source>Afbryder …</source>
        <translation>Afbryder …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="434"/>
        <source>Afbrudt; intet er ændret.</source>
        <translation>Afbrudt; intet er ændret.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="454"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="455"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="469"/>
        <source>(uden besøg)</source>
        <translation>(uden besøg)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="472"/>
        <source>kun i en tidligere version</source>
        <translation>kun i en tidligere version</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="474"/>
        <source>slettet note</source>
        <translation>slettet note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="496"/>
        <source>Leder efter navnet i noterne …</source>
        <translation>Leder efter navnet i noterne …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="499"/>
        <source>Sletter og skriver sikkerhedskopierne om …</source>
        <translation>Sletter og skriver sikkerhedskopierne om …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="501"/>
        <source>Overstreger og skriver sikkerhedskopierne om …</source>
        <translation>Overstreger og skriver sikkerhedskopierne om …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="505"/>
        <source>Navnet står i %n note(r).</source>
        <translation>
            <numerusform>Navnet står i %n note.</numerusform>
            <numerusform>Navnet står i %n noter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="507"/>
        <source>Navnet står ikke i nogen note.</source>
        <translation>Navnet står ikke i nogen note.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="523"/>
        <source>Listerne er læst igen og viser, hvad databasen indeholder nu. Fortryd-listen er tømt.</source>
        <translation>Listerne er læst igen og viser, hvad databasen indeholder nu. Fortryd-listen er tømt.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="535"/>
        <source>{0} er slettet til glemsel i databasen og i alle dens sikkerhedskopier. Sletningen følger med i de næste pakker.</source>
        <translation>{0} er slettet til glemsel i databasen og i alle dens sikkerhedskopier. Sletningen følger med i de næste pakker.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="543"/>
        <source>Navnet er overstreget i %n note(r).</source>
        <translation>
            <numerusform>Navnet er overstreget i %n note.</numerusform>
            <numerusform>Navnet er overstreget i %n noter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="551"/>
        <source>Navnet står stadig i %n note(r), som ikke blev valgt.</source>
        <translation>
            <numerusform>Navnet står stadig i %n note, som ikke blev valgt.</numerusform>
            <numerusform>Navnet står stadig i %n noter, som ikke blev valgt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="558"/>
        <source>Fortryd-listen er tømt: det, der er gjort her, kan ikke fortrydes.</source>
        <translation>Fortryd-listen er tømt: det, der er gjort her, kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="224"/>
        <source>Eksportér til Word</source>
        <translation>Eksportér til Word</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="226"/>
        <source>Besøgsnotat</source>
        <translation>Besøgsnotat</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="227"/>
        <source>Temaopsamling</source>
        <translation>Temaopsamling</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="228"/>
        <source>Katalog over gode metoder</source>
        <translation>Katalog over gode metoder</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="229"/>
        <source>Idékatalog</source>
        <translation>Idékatalog</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="230"/>
        <source>Ressourceoversigt (tema 1d)</source>
        <translation>Ressourceoversigt (tema 1d)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="231"/>
        <source>Afrapportering (rapportudkast)</source>
        <translation>Afrapportering (rapportudkast)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="236"/>
        <source>Ingen mærkning</source>
        <translation>Ingen mærkning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="237"/>
        <source>Udkast</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="238"/>
        <source>Internt – må ikke videregives</source>
        <translation>Internt – må ikke videregives</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="239"/>
        <source>Fortroligt</source>
        <translation>Fortroligt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="244"/>
        <source>&amp;Dokument:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="245"/>
        <source>&amp;Besøg:</source>
        <translation>&amp;Besøg:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="246"/>
        <source>&amp;Temaer:</source>
        <translation>&amp;Temaer:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="247"/>
        <source>&amp;Kommuner:</source>
        <translation>&amp;Kommuner:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="248"/>
        <source>&amp;Medlemmer:</source>
        <translation>&amp;Medlemmer:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="249"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="250"/>
        <source>Udkast:</source>
        <translation>Udkast:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="251"/>
        <source>&amp;Idéstatus:</source>
        <translation>&amp;Idéstatus:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="252"/>
        <source>&amp;Skabelon:</source>
        <translation>&amp;Skabelon:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="253"/>
        <source>&amp;Mærkning:</source>
        <translation>&amp;Mærkning:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="254"/>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="373"/>
        <source>Personoplysninger:</source>
        <translation>Personoplysninger:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="255"/>
        <source>Indhold:</source>
        <translation>Indhold:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="256"/>
        <source>&amp;Gem som:</source>
        <translation>&amp;Gem som:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="260"/>
        <source>Kun besøg fra–til</source>
        <translation>Kun besøg fra–til</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="261"/>
        <source>Medtag besøg, der endnu ikke er skrevet op</source>
        <translation>Medtag besøg, der endnu ikke er skrevet op</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="263"/>
        <source>Anonymisér personer og fjern cpr-numre, telefonnumre og e-mailadresser</source>
        <translation>Anonymisér personer og fjern cpr-numre, telefonnumre og e-mailadresser</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="265"/>
        <source>Standardskabelonen</source>
        <translation>Standardskabelonen</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="266"/>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="267"/>
        <source>Vælg…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="268"/>
        <source>&amp;Eksportér</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="269"/>
        <source>&amp;Afbryd</source>
        <translation>&amp;Afbryd</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="270"/>
        <source>Intet valgt betyder alle</source>
        <translation>Intet valgt betyder alle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="350"/>
        <source>%n besøg</source>
        <translation>
            <numerusform>%n besøg</numerusform>
            <numerusform>%n besøg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="351"/>
        <source>%n noter</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="352"/>
        <source>%n markerede passager</source>
        <translation>
            <numerusform>%n markeret passage</numerusform>
            <numerusform>%n markerede passager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="353"/>
        <source>%n citater</source>
        <translation>
            <numerusform>%n citat</numerusform>
            <numerusform>%n citater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="354"/>
        <source>%n metoder</source>
        <translation>
            <numerusform>%n metode</numerusform>
            <numerusform>%n metoder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="355"/>
        <source>%n idéer</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="356"/>
        <source>%n ressourcetal</source>
        <translation>
            <numerusform>%n ressourcetal</numerusform>
            <numerusform>%n ressourcetal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="362"/>
        <source>Dokumentet indeholder personoplysninger: navne på %1 personer, %2 cpr-numre, %3 telefonnumre og %4 e-mailadresser. Vælg anonymisering, hvis dokumentet skal videre.</source>
        <translation>Dokumentet indeholder personoplysninger: navne på %1 personer, %2 cpr-numre, %3 telefonnumre og %4 e-mailadresser. Vælg anonymisering, hvis dokumentet skal videre.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="369"/>
        <source>Personer anonymiseres; cpr-numre, telefonnumre og e-mail fjernes.</source>
        <translation>Personer anonymiseres; cpr-numre, telefonnumre og e-mail fjernes.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="371"/>
        <source>Dokumentet indeholder ingen navne på personer mødt.</source>
        <translation>Dokumentet indeholder ingen navne på personer mødt.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="374"/>
        <source>Indhold: %1</source>
        <translation>Indhold: %1</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="386"/>
        <source>Vælg Word-skabelon</source>
        <translation>Vælg Word-skabelon</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="386"/>
        <source>Word-skabeloner (*.docx *.dotx)</source>
        <translation>Word-skabeloner (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="393"/>
        <source>Gem Word-dokument</source>
        <translation>Gem Word-dokument</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="393"/>
        <source>Word-dokumenter (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="421"/>
        <source>Afbryder …</source>
        <translation>Afbryder …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="427"/>
        <source>Gemt: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="431"/>
        <source>Eksport færdig</source>
        <translation>Eksport færdig</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="431"/>
        <source>Vil du åbne dokumentet nu?</source>
        <translation>Vil du åbne dokumentet nu?</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="55"/>
        <source>Brugervejledningen findes ikke på {0}.</source>
        <translation>Brugervejledningen findes ikke på {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="62"/>
        <source>Brugervejledning – Fieldnotes</source>
        <translation>Brugervejledning – Fieldnotes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="63"/>
        <source>Brugervejledning</source>
        <translation>Brugervejledning</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="82"/>
        <source>flettet {0}</source>
        <extracomment>Fields people do not edit by hand (order in a list, character ranges).</extracomment>
        <translation>flettet {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="199"/>
        <source>Redigér {0}</source>
        <translation>Redigér {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="199"/>
        <source>Ny {0}</source>
        <translation>Ny {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="207"/>
        <source>&amp;Koblet til (Enter åbner):</source>
        <translation>&amp;Koblet til (Enter åbner):</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="209"/>
        <source>Koblede emner</source>
        <translation>Koblede emner</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="210"/>
        <source>&amp;Gem</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="211"/>
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/fieldnotes/ui/background.py" line="126"/>
        <source>Uventet fejl: {0}</source>
        <translation>Uventet fejl: {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="15"/>
        <source>Planlagt</source>
        <extracomment>Stored codes of choice fields.</extracomment>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="16"/>
        <source>Gennemført</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="17"/>
        <source>Skrevet op</source>
        <translation>Skrevet op</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="18"/>
        <source>Kommunal</source>
        <translation>Kommunal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="19"/>
        <source>Statslig</source>
        <translation>Statslig</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="20"/>
        <source>Boligsocial</source>
        <translation>Boligsocial</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="21"/>
        <source>Andet</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="22"/>
        <source>Præcist tal</source>
        <translation>Præcist tal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="23"/>
        <source>Skøn</source>
        <translation>Skøn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="24"/>
        <source>Usikkert</source>
        <translation>Usikkert</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="25"/>
        <source>Ny lokal indsats</source>
        <translation>Ny lokal indsats</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="26"/>
        <source>Vidensindsamling og -spredning</source>
        <translation>Vidensindsamling og -spredning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="27"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="130"/>
        <source>Forslag</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="28"/>
        <source>Drøftet</source>
        <translation>Drøftet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="29"/>
        <source>Med i kataloget</source>
        <translation>Med i kataloget</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="30"/>
        <source>Forkastet</source>
        <translation>Forkastet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="31"/>
        <source>Gennemgået</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="32"/>
        <source>Til opfølgning hos medlemmet</source>
        <translation>Til opfølgning hos medlemmet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="37"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="58"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="74"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="118"/>
        <source>Besøg</source>
        <extracomment>The sidebar&apos;s lists and views.</extracomment>
        <translation>Besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="38"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="57"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="75"/>
        <source>Noter</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="39"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="69"/>
        <source>Personer</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="40"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="77"/>
        <source>Gode metoder</source>
        <translation>Gode metoder</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="41"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="79"/>
        <source>Idéer</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="42"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="135"/>
        <source>Ressourcer</source>
        <translation>Ressourcer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="43"/>
        <source>Opfølgning</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="44"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="70"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="113"/>
        <source>Høringssvar</source>
        <translation>Høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="45"/>
        <source>Søg</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="46"/>
        <source>Temaer × kommuner</source>
        <translation>Temaer × kommuner</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="47"/>
        <source>Dækning</source>
        <translation>Dækning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="48"/>
        <source>Konflikter</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="49"/>
        <source>Fletninger</source>
        <translation>Fletninger</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="50"/>
        <source>Dubletter</source>
        <translation>Dubletter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="55"/>
        <source>Dato</source>
        <extracomment>List columns whose header differs from the field&apos;s label (else ``_FIELDS``).</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="106"/>
        <source>Titel</source>
        <extracomment>Fields of items.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="56"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="110"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="59"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="120"/>
        <source>Taler</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="117"/>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="60"/>
        <source>Ændret</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="122"/>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="123"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="125"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="126"/>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="109"/>
        <source>Sted</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="133"/>
        <source>Målgruppe</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="145"/>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="146"/>
        <source>Kan udføres af</source>
        <translation>Kan udføres af</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="137"/>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="138"/>
        <source>Finansiering</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="61"/>
        <source>Beløb</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="142"/>
        <source>Sikkerhed</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="140"/>
        <source>Formål</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="149"/>
        <source>Hvad</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="150"/>
        <source>Hvem</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="151"/>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="152"/>
        <source>Udført</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="127"/>
        <source>Afsender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="128"/>
        <source>Modtaget</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="129"/>
        <source>Problemer</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="66"/>
        <source>Medlemmer</source>
        <extracomment>Kinds of item, plural.</extracomment>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="67"/>
        <source>Temaer</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="68"/>
        <source>Kommuner og aktører</source>
        <translation>Kommuner og aktører</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="71"/>
        <source>Interviewguides</source>
        <translation>Interviewguides</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="72"/>
        <source>Guideafsnit</source>
        <translation>Guideafsnit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="73"/>
        <source>Guidespørgsmål</source>
        <translation>Guidespørgsmål</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="76"/>
        <source>Temamarkeringer</source>
        <translation>Temamarkeringer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="78"/>
        <source>Ressourcetal</source>
        <translation>Ressourcetal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="80"/>
        <source>Opfølgninger</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="81"/>
        <source>Koblinger</source>
        <translation>Koblinger</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="86"/>
        <source>medlem</source>
        <extracomment>Kinds of item, singular.</extracomment>
        <translation>medlem</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="87"/>
        <source>tema</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="88"/>
        <source>aktør</source>
        <translation>aktør</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="89"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="90"/>
        <source>høringssvar</source>
        <translation>høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="91"/>
        <source>interviewguide</source>
        <translation>interviewguide</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="92"/>
        <source>guideafsnit</source>
        <translation>guideafsnit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="93"/>
        <source>guidespørgsmål</source>
        <translation>guidespørgsmål</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="94"/>
        <source>besøg</source>
        <translation>besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="95"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="96"/>
        <source>temamarkering</source>
        <translation>temamarkering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="97"/>
        <source>god metode</source>
        <translation>god metode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="98"/>
        <source>ressourcetal</source>
        <translation>ressourcetal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="99"/>
        <source>idé</source>
        <translation>idé</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="100"/>
        <source>opfølgning</source>
        <translation>opfølgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="101"/>
        <source>kobling</source>
        <translation>kobling</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="107"/>
        <source>Starter</source>
        <translation>Starter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="108"/>
        <source>Slutter</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="112"/>
        <source>Interviewguide</source>
        <translation>Interviewguide</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="114"/>
        <source>Resumé</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="115"/>
        <source>Sekretariatets gennemgang</source>
        <translation>Sekretariatets gennemgang</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="116"/>
        <source>Besked til medlemmet</source>
        <translation>Besked til medlemmet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="119"/>
        <source>Spørgsmål</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="121"/>
        <source>Placering</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="124"/>
        <source>Organisation (aktør)</source>
        <translation>Organisation (aktør)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="131"/>
        <source>Beskrivelse</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="132"/>
        <source>Aktør</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="134"/>
        <source>Resultater</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="136"/>
        <source>Udbredelse</source>
        <translation>Udbredelse</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="139"/>
        <source>Beløb (kr.)</source>
        <translation>Beløb (kr.)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="141"/>
        <source>Koordineret med</source>
        <translation>Koordineret med</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="143"/>
        <source>Kilde</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="144"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="147"/>
        <source>Omkostning</source>
        <translation>Omkostning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="148"/>
        <source>Kilder</source>
        <translation>Kilder</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="153"/>
        <source>Sletning</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="154"/>
        <source>Slags</source>
        <translation>Slags</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="155"/>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="156"/>
        <source>Initialer</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="157"/>
        <source>Kommunekode</source>
        <translation>Kommunekode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="158"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="159"/>
        <source>Farve</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="160"/>
        <source>Overtema</source>
        <translation>Overtema</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="161"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="162"/>
        <source>Bygger på</source>
        <translation>Bygger på</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="163"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="164"/>
        <source>Afsnit</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="165"/>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="166"/>
        <source>Fra tegn</source>
        <translation>Fra tegn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="167"/>
        <source>Til tegn</source>
        <translation>Til tegn</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="168"/>
        <source>Citat</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="169"/>
        <source>Fra</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="170"/>
        <source>Til</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="126"/>
        <source>Filtrér (alle ord skal passe) …</source>
        <translation>Filtrér (alle ord skal passe) …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="127"/>
        <source>Filtrér listen</source>
        <translation>Filtrér listen</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="130"/>
        <source>&amp;Planlæg besøg …</source>
        <translation>&amp;Planlæg besøg …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="132"/>
        <source>&amp;Ny …</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="133"/>
        <source>Opret et nyt (Ctrl+N)</source>
        <translation>Opret et nyt (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="134"/>
        <source>&amp;Redigér …</source>
        <translation>&amp;Redigér …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="135"/>
        <source>Redigér det valgte (F2)</source>
        <translation>Redigér det valgte (F2)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="136"/>
        <source>Planlæg &amp;besøg ud fra høringssvaret …</source>
        <translation>Planlæg &amp;besøg ud fra høringssvaret …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/list_page.py" line="160"/>
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
        <location filename="../../src/fieldnotes/ui/main_window.py" line="228"/>
        <source>(i hukommelsen)</source>
        <extracomment>Pages that read the database again each time they are shown and after every change. Sidebar entries of saved searches carry ``(SAVED, id)``; they follow the &quot;search&quot; entry.</extracomment>
        <translation>(i hukommelsen)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="229"/>
        <source>Fieldnotes – {0}</source>
        <translation>Fieldnotes – {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="230"/>
        <source>&amp;Filer</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="231"/>
        <source>&amp;Eksportér til sekretariatet …</source>
        <translation>&amp;Eksportér til sekretariatet …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="232"/>
        <source>&amp;Flet pakker ind …</source>
        <translation>&amp;Flet pakker ind …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="233"/>
        <source>Fortr&amp;yd sidste fletning …</source>
        <translation>Fortr&amp;yd sidste fletning …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="234"/>
        <source>Eksportér til &amp;Word …</source>
        <translation>Eksportér til &amp;Word …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="235"/>
        <source>&amp;Importér dokument …</source>
        <translation>&amp;Importér dokument …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="237"/>
        <source>Hent noter fra en .docx-, .txt- eller .md-fil ind i det åbne besøg</source>
        <translation>Hent noter fra en .docx-, .txt- eller .md-fil ind i det åbne besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="239"/>
        <source>&amp;Sikkerhedskopier …</source>
        <translation>&amp;Sikkerhedskopier …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="240"/>
        <source>&amp;Revisionslog …</source>
        <translation>&amp;Revisionslog …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="241"/>
        <source>&amp;Søg …</source>
        <translation>&amp;Søg …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="242"/>
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="243"/>
        <source>Slet person til &amp;glemsel …</source>
        <translation>Slet person til &amp;glemsel …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="244"/>
        <source>O&amp;verstreg et navn i noterne …</source>
        <translation>O&amp;verstreg et navn i noterne …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="245"/>
        <source>Slet gemt søgning</source>
        <translation>Slet gemt søgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="246"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="247"/>
        <source>&amp;Redigér</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="248"/>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="249"/>
        <source>&amp;Sprog</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="250"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="251"/>
        <source>&amp;Brugervejledning</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="252"/>
        <source>&amp;Om Fieldnotes</source>
        <translation>&amp;Om Fieldnotes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="253"/>
        <source>Oversigt</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="260"/>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="378"/>
        <source>Gemt søgning: {0}</source>
        <translation>Gemt søgning: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="498"/>
        <source>Vælg først personen i listen over personer.</source>
        <translation>Vælg først personen i listen over personer.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="574"/>
        <source>Importér dokument</source>
        <translation>Importér dokument</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="576"/>
        <source>Åbn det besøg, som dokumentet hører til, først.</source>
        <translation>Åbn det besøg, som dokumentet hører til, først.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="583"/>
        <source>Dokumenter ({0})</source>
        <translation>Dokumenter ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/main_window.py" line="602"/>
        <source>%n note(r) importeret fra {0}.</source>
        <translation>
            <numerusform>%n note importeret fra {0}.</numerusform>
            <numerusform>%n noter importeret fra {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="659"/>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="665"/>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="695"/>
        <source>Fortryd sidste fletning</source>
        <translation>Fortryd sidste fletning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="660"/>
        <source>Der er ingen fletning at fortryde.</source>
        <translation>Der er ingen fletning at fortryde.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="667"/>
        <source>Databasen sættes tilbage til, som den var før fletningen {0} ({1}). Alt, der er ændret siden, går tabt (en kopi gemmes i sikkerhedskopimappen). Fortsæt?</source>
        <translation>Databasen sættes tilbage til, som den var før fletningen {0} ({1}). Alt, der er ændret siden, går tabt (en kopi gemmes i sikkerhedskopimappen). Fortsæt?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="697"/>
        <source>Fletningen er fortrudt.</source>
        <translation>Fletningen er fortrudt.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="94"/>
        <source>%s · %s
%d passager, %d metoder, %d idéer</source>
        <extracomment>The widest the places&apos; names may make their column, in pixels.</extracomment>
        <translation>%s · %s
%d passager, %d metoder, %d idéer</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="225"/>
        <source>Temaer × kommuner</source>
        <translation>Temaer × kommuner</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="203"/>
        <source>Kommuner</source>
        <extracomment>The shown cell&apos;s theme and place, to write a theme summary of (``export_cell``).</extracomment>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="204"/>
        <source>Aktører mødt</source>
        <translation>Aktører mødt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="205"/>
        <source>Rækker: kommuner eller de aktører, besøgene mødte</source>
        <translation>Rækker: kommuner eller de aktører, besøgene mødte</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="226"/>
        <source>Matrix over temaer og kommuner</source>
        <translation>Matrix over temaer og kommuner</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="208"/>
        <source>Hver celle: antal taggede passager · m = gode metoder · i = idéer. Klik på en celle for at se dem; Enter på et emne åbner det.</source>
        <translation>Hver celle: antal taggede passager · m = gode metoder · i = idéer. Klik på en celle for at se dem; Enter på et emne åbner det.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="212"/>
        <source>&amp;Temaopsamling til Word …</source>
        <translation>&amp;Temaopsamling til Word …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="214"/>
        <source>Skriv en temaopsamling med cellens tema og kommune valgt som filtre</source>
        <translation>Skriv en temaopsamling med cellens tema og kommune valgt som filtre</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="217"/>
        <source>Klik på en celle for at se dens passager.</source>
        <translation>Klik på en celle for at se dens passager.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="248"/>
        <source>Henter …</source>
        <translation>Henter …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="222"/>
        <source>Temaer × aktører</source>
        <translation>Temaer × aktører</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="223"/>
        <source>Matrix over temaer og aktører</source>
        <translation>Matrix over temaer og aktører</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="251"/>
        <source>%n række(r)</source>
        <translation>
            <numerusform>%n række</numerusform>
            <numerusform>%n rækker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="278"/>
        <source>%n emne(r)</source>
        <translation>
            <numerusform>%n emne</numerusform>
            <numerusform>%n emner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="281"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="281"/>
        <source>Metode</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="281"/>
        <source>Idé</source>
        <translation>Idé</translation>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="162"/>
        <source>Flet pakker ind</source>
        <translation>Flet pakker ind</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="165"/>
        <source>Vælg medlemmernes pakker. Fieldnotes viser først, hvad hver pakke vil ændre; intet ændres, før du trykker Flet. Databasen sikkerhedskopieres først, så fletningen kan fortrydes.</source>
        <translation>Vælg medlemmernes pakker. Fieldnotes viser først, hvad hver pakke vil ændre; intet ændres, før du trykker Flet. Databasen sikkerhedskopieres først, så fletningen kan fortrydes.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="172"/>
        <source>Pakke og slags</source>
        <translation>Pakke og slags</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="173"/>
        <source>Nye</source>
        <translation>Nye</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="174"/>
        <source>Ændrede</source>
        <translation>Ændrede</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="175"/>
        <source>Slettede</source>
        <translation>Slettede</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="176"/>
        <source>Konflikter</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="179"/>
        <source>Pakker og hvad de ændrer</source>
        <translation>Pakker og hvad de ændrer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="180"/>
        <source>Rapport over fletningen</source>
        <translation>Rapport over fletningen</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="181"/>
        <source>&amp;Tilføj pakker …</source>
        <translation>&amp;Tilføj pakker …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="182"/>
        <source>&amp;Fjern pakke</source>
        <translation>&amp;Fjern pakke</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="183"/>
        <source>&amp;Flet</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="184"/>
        <source>Vis &amp;konflikter</source>
        <translation>Vis &amp;konflikter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="185"/>
        <source>&amp;Afbryd</source>
        <translation>&amp;Afbryd</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="186"/>
        <source>&amp;Luk</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="196"/>
        <source>Vælg pakker</source>
        <translation>Vælg pakker</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="198"/>
        <source>Fieldnotes-pakker (*.fieldnotes);;Alle filer (*)</source>
        <translation>Fieldnotes-pakker (*.fieldnotes);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="214"/>
        <source>Gennemgår %n pakke(r) …</source>
        <translation>
            <numerusform>Gennemgår %n pakke …</numerusform>
            <numerusform>Gennemgår %n pakker …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="231"/>
        <source>%n pakke(r) kan ikke bruges og bliver ikke flettet.</source>
        <translation>
            <numerusform>%n pakke kan ikke bruges og bliver ikke flettet.</numerusform>
            <numerusform>%n pakker kan ikke bruges og bliver ikke flettet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="253"/>
        <source>Sikkerhedskopierer og fletter …</source>
        <translation>Sikkerhedskopierer og fletter …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="261"/>
        <source>Afbryder …</source>
        <translation>Afbryder …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="273"/>
        <source>Færdig: %n pakke(r) flettet ind.</source>
        <translation>
            <numerusform>Færdig: %n pakke flettet ind.</numerusform>
            <numerusform>Færdig: %n pakker flettet ind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="275"/>
        <source>%n ny(e) konflikt(er) venter.</source>
        <translation>
            <numerusform>%n ny konflikt venter.</numerusform>
            <numerusform>%n nye konflikter venter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="311"/>
        <source>Gennemgangen blev afbrudt.</source>
        <translation>Gennemgangen blev afbrudt.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="314"/>
        <source>Fletningen blev afbrudt; databasen er uændret.</source>
        <translation>Fletningen blev afbrudt; databasen er uændret.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="384"/>
        <source>{0} – gennemgås …</source>
        <translation>{0} – gennemgås …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="386"/>
        <source>{0} – kan ikke bruges</source>
        <translation>{0} – kan ikke bruges</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="387"/>
        <source>ukendt medlem</source>
        <translation>ukendt medlem</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="389"/>
        <source>{0} ({1}) – allerede flettet, ændrer intet</source>
        <translation>{0} ({1}) – allerede flettet, ændrer intet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="390"/>
        <source>{0} ({1}) – %n ny(e) ændring(er)</source>
        <translation>
            <numerusform>{0} ({1}) – %n ny ændring</numerusform>
            <numerusform>{0} ({1}) – %n nye ændringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="404"/>
        <source>Sikkerhedskopi før fletningen: {0}</source>
        <translation>Sikkerhedskopi før fletningen: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="408"/>
        <source>»Filer ▸ Fortryd sidste fletning« gendanner den.</source>
        <translation>»Filer ▸ Fortryd sidste fletning« gendanner den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="437"/>
        <source>%n ændring(er) flettet ind.</source>
        <translation>
            <numerusform>%n ændring flettet ind.</numerusform>
            <numerusform>%n ændringer flettet ind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeLogModel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="81"/>
        <source>Flettet</source>
        <translation>Flettet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="82"/>
        <source>Pakke</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="83"/>
        <source>Fra</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="84"/>
        <source>Flettet af</source>
        <translation>Flettet af</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="85"/>
        <source>Nye</source>
        <translation>Nye</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="86"/>
        <source>Ændrede</source>
        <translation>Ændrede</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="87"/>
        <source>Slettede</source>
        <translation>Slettede</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="88"/>
        <source>Konflikter</source>
        <translation>Konflikter</translation>
    </message>
</context>
<context>
    <name>MergeLogView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="127"/>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="129"/>
        <source>Fletninger</source>
        <translation>Fletninger</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="128"/>
        <source>Gem som &amp;PDF …</source>
        <translation>Gem som &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="130"/>
        <source>Hvad fletningen gjorde</source>
        <translation>Hvad fletningen gjorde</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="131"/>
        <source>Der er endnu ikke flettet pakker ind i denne database.</source>
        <translation>Der er endnu ikke flettet pakker ind i denne database.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="147"/>
        <source>%n fletning(er)</source>
        <translation>
            <numerusform>%n fletning</numerusform>
            <numerusform>%n fletninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="177"/>
        <source>Pakken er lavet {0} af {1} og havde %n ændring(er).</source>
        <translation>
            <numerusform>Pakken er lavet {0} af {1} og havde %n ændring.</numerusform>
            <numerusform>Pakken er lavet {0} af {1} og havde %n ændringer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="184"/>
        <source>Flettet {0} af {1}.</source>
        <translation>Flettet {0} af {1}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="215"/>
        <source>Gem fletningerne som PDF</source>
        <translation>Gem fletningerne som PDF</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="215"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="142"/>
        <source>Ny adgangskode</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="145"/>
        <source>Vælg en adgangskode på mindst {0} tegn – gerne en sætning af flere ord. Uden den kan ingen læse databasen, heller ikke du: skriv den ned et sikkert sted.</source>
        <translation>Vælg en adgangskode på mindst {0} tegn – gerne en sætning af flere ord. Uden den kan ingen læse databasen, heller ikke du: skriv den ned et sikkert sted.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="150"/>
        <source>Adgangskode:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="151"/>
        <source>Gentag:</source>
        <translation>Gentag:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="155"/>
        <source>De to adgangskoder er forskellige.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="79"/>
        <source>Eksportér til sekretariatet</source>
        <translation>Eksportér til sekretariatet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="82"/>
        <source>Fieldnotes skriver alt dit materiale i én pakkefil, som du sender til sekretariatet. Du kan blive ved med at arbejde, mens pakken skrives.</source>
        <translation>Fieldnotes skriver alt dit materiale i én pakkefil, som du sender til sekretariatet. Du kan blive ved med at arbejde, mens pakken skrives.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="86"/>
        <source>&amp;Pakkefil:</source>
        <translation>&amp;Pakkefil:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="87"/>
        <source>Pakkefil</source>
        <translation>Pakkefil</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="88"/>
        <source>&amp;Vælg …</source>
        <translation>&amp;Vælg …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="89"/>
        <source>&amp;Kun det, der er nyt siden forrige pakke</source>
        <translation>&amp;Kun det, der er nyt siden forrige pakke</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="90"/>
        <source>&amp;Eksportér</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="91"/>
        <source>&amp;Luk</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="96"/>
        <source>Gem pakken</source>
        <translation>Gem pakken</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="98"/>
        <source>Fieldnotes-pakker (*.fieldnotes)</source>
        <translation>Fieldnotes-pakker (*.fieldnotes)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="119"/>
        <source>Skriver pakken …</source>
        <translation>Skriver pakken …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="130"/>
        <source>Pakken er skrevet: {0} (%n ændring(er)).</source>
        <translation>
            <numerusform>Pakken er skrevet: {0} (%n ændring).</numerusform>
            <numerusform>Pakken er skrevet: {0} (%n ændringer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="80"/>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="81"/>
        <source>Adgangskode</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="83"/>
        <source>Skriv den nuværende adgangskode til {0}.</source>
        <translation>Skriv den nuværende adgangskode til {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="85"/>
        <source>{0} er krypteret. Skriv adgangskoden for at åbne den.</source>
        <translation>{0} er krypteret. Skriv adgangskoden for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="93"/>
        <source>Skriv adgangskoden.</source>
        <translation>Skriv adgangskoden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/encryption.py" line="109"/>
        <source>Forkert adgangskode. %n forsøg tilbage.</source>
        <translation>
            <numerusform>Forkert adgangskode. %n forsøg tilbage.</numerusform>
            <numerusform>Forkert adgangskode. %n forsøg tilbage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceBox</name>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="109"/>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="110"/>
        <source>Hentet fra</source>
        <translation>Hentet fra</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="316"/>
        <source>Søg</source>
        <extracomment>Hits asked for at a time: two screenfuls or so. Each costs a snippet and a context, so the first answer comes sooner; the next page loads as the list is scrolled to its end.</extracomment>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="318"/>
        <source>Søg i alt, fx  mentor* IKKE praktik  eller  &quot;fælles mål&quot;</source>
        <translation>Søg i alt, fx  mentor* IKKE praktik  eller  &quot;fælles mål&quot;</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="322"/>
        <source>Alle ord skal passe. integr* finder ord, der begynder sådan; &quot;…&quot; er en frase; ELLER, OG og IKKE (med store bogstaver) og parenteser kombinerer; -ord udelukker.</source>
        <translation>Alle ord skal passe. integr* finder ord, der begynder sådan; &quot;…&quot; er en frase; ELLER, OG og IKKE (med store bogstaver) og parenteser kombinerer; -ord udelukker.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="326"/>
        <source>Søgetekst</source>
        <translation>Søgetekst</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="328"/>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="329"/>
        <source>Kommune/aktør</source>
        <translation>Kommune/aktør</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="330"/>
        <source>Medlem</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="331"/>
        <source>Slags</source>
        <translation>Slags</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="332"/>
        <source>Fra</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="333"/>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="338"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="339"/>
        <source>Vælg datoen i en kalender</source>
        <translation>Vælg datoen i en kalender</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="340"/>
        <source>Gemte søgninger</source>
        <translation>Gemte søgninger</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="341"/>
        <source>Gem søgning …</source>
        <translation>Gem søgning …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="342"/>
        <source>Slet gemt søgning</source>
        <translation>Slet gemt søgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="343"/>
        <source>Vis flere</source>
        <translation>Vis flere</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="344"/>
        <source>Søgeresultater</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="362"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="363"/>
        <source>Besøg</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="364"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="365"/>
        <source>Metode</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="366"/>
        <source>Idé</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="367"/>
        <source>Høringssvar</source>
        <translation>Høringssvar</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="375"/>
        <source>Alle slags</source>
        <translation>Alle slags</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="547"/>
        <source>Over {0} fund; %Ln vist</source>
        <translation>
            <numerusform>Over {0} fund; %Ln vist</numerusform>
            <numerusform>Over {0} fund; %Ln vist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="550"/>
        <source>%Ln fund</source>
        <translation>
            <numerusform>%Ln fund</numerusform>
            <numerusform>%Ln fund</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="590"/>
        <source>Der er allerede en gemt søgning ved navn »{0}«. Vil du erstatte den?</source>
        <translation>Der er allerede en gemt søgning ved navn »{0}«. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="355"/>
        <source>Alle temaer</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="356"/>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="357"/>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="507"/>
        <source>Mange fund: vist i den rækkefølge, de er skrevet. Tilføj ord eller filtre for at få de mest relevante først.</source>
        <translation>Mange fund: vist i den rækkefølge, de er skrevet. Tilføj ord eller filtre for at få de mest relevante først.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="568"/>
        <source>Gem søgning</source>
        <translation>Gem søgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="570"/>
        <source>Navn:</source>
        <translation>Navn:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="163"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="164"/>
        <source>&amp;Fortryd {0}</source>
        <translation>&amp;Fortryd {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="169"/>
        <source>&amp;Annullér fortryd</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="170"/>
        <source>&amp;Annullér fortryd {0}</source>
        <translation>&amp;Annullér fortryd {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="175"/>
        <source>oprettelse</source>
        <translation>oprettelse</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="176"/>
        <source>ændring</source>
        <translation>ændring</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="177"/>
        <source>sletning</source>
        <translation>sletning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="178"/>
        <source>skrivning</source>
        <translation>skrivning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="179"/>
        <source>ny note</source>
        <translation>ny note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="180"/>
        <source>valg af taler</source>
        <translation>valg af taler</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="181"/>
        <source>tagging</source>
        <translation>tagging</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="182"/>
        <source>fjernelse af tag</source>
        <translation>fjernelse af tag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="183"/>
        <source>citatmarkering</source>
        <translation>citatmarkering</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="184"/>
        <source>registrering af metode</source>
        <translation>registrering af metode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="185"/>
        <source>registrering af idé</source>
        <translation>registrering af idé</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="186"/>
        <source>registrering af ressourcetal</source>
        <translation>registrering af ressourcetal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="187"/>
        <source>registrering af opfølgning</source>
        <translation>registrering af opfølgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="188"/>
        <source>løsning af konflikt</source>
        <translation>løsning af konflikt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="189"/>
        <source>planlægning af besøg</source>
        <translation>planlægning af besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="190"/>
        <source>ændring af besøg</source>
        <translation>ændring af besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="191"/>
        <source>import af dokument</source>
        <translation>import af dokument</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="192"/>
        <source>sammenlægning af dubletter</source>
        <translation>sammenlægning af dubletter</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="46"/>
        <source>Indstillinger</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="47"/>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="49"/>
        <source>Stavekontrol</source>
        <translation>Stavekontrol</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="48"/>
        <source>&amp;Stavekontrol, mens du skriver (rød bølgelinje)</source>
        <translation>&amp;Stavekontrol, mens du skriver (rød bølgelinje)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="56"/>
        <source>Stavekontrol er ikke tilgængelig: Python-pakken pyenchant er ikke installeret.</source>
        <translation>Stavekontrol er ikke tilgængelig: Python-pakken pyenchant er ikke installeret.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="60"/>
        <source>Stavekontrol er ikke tilgængelig: installér pakken hunspell-da (og libenchant-2-2)</source>
        <translation>Stavekontrol er ikke tilgængelig: installér pakken hunspell-da (og libenchant-2-2)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="63"/>
        <source>Dansk ordbog fundet ({0})</source>
        <translation>Dansk ordbog fundet ({0})</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="65"/>
        <source>Søger efter den danske ordbog …</source>
        <translation>Søger efter den danske ordbog …</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../src/fieldnotes/ui/single_instance.py" line="123"/>
        <source>Fieldnotes har allerede denne database åben i et andet vindue. Skift til det vindue for at arbejde videre.</source>
        <translation>Fieldnotes har allerede denne database åben i et andet vindue. Skift til det vindue for at arbejde videre.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/single_instance.py" line="135"/>
        <source>Databasen {0} ligger på et netværksdrev. SQLite kan ikke låse filer pålideligt dér, så to computere kan ødelægge den for hinanden. Kopiér den til din egen disk, og brug pakker til at dele arbejdet.</source>
        <translation>Databasen {0} ligger på et netværksdrev. SQLite kan ikke låse filer pålideligt dér, så to computere kan ødelægge den for hinanden. Kopiér den til din egen disk, og brug pakker til at dele arbejdet.</translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="533"/>
        <source>(ingen forslag)</source>
        <extracomment>QSettings key of the on/off switch (on by default). The worker reports at least this often while it checks a long note. Spelling&apos;s share of one turn of the event loop (between two keystrokes).</extracomment>
        <translation>(ingen forslag)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="537"/>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="564"/>
        <source>Tilføj til ordbog</source>
        <translation>Tilføj til ordbog</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="539"/>
        <source>Ignorér</source>
        <translation>Ignorér</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="540"/>
        <source>Godtag ordet, indtil programmet lukkes</source>
        <translation>Godtag ordet, indtil programmet lukkes</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="56"/>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="58"/>
        <source>Temaer på noten</source>
        <translation>Temaer på noten</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="57"/>
        <source>&amp;Fjern tag</source>
        <translation>&amp;Fjern tag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="60"/>
        <source>Markér tekst og tryk Ctrl+1 … Ctrl+5 for at tagge den med et tema.</source>
        <translation>Markér tekst og tryk Ctrl+1 … Ctrl+5 for at tagge den med et tema.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="83"/>
        <source>{0} – hele noten</source>
        <translation>{0} – hele noten</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="87"/>
        <source>citat</source>
        <translation>citat</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="196"/>
        <source>Redigér besøg</source>
        <translation>Redigér besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="196"/>
        <source>Planlæg besøg</source>
        <translation>Planlæg besøg</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="198"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="199"/>
        <source>&amp;Starter:</source>
        <translation>&amp;Starter:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="200"/>
        <source>S&amp;lutter:</source>
        <translation>S&amp;lutter:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="201"/>
        <source>S&amp;ted:</source>
        <translation>S&amp;ted:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="202"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="203"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="204"/>
        <source>&amp;Interviewguide:</source>
        <translation>&amp;Interviewguide:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="205"/>
        <source>&amp;Høringssvar:</source>
        <translation>&amp;Høringssvar:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="206"/>
        <source>Sekretariatets &amp;gennemgang:</source>
        <translation>Sekretariatets &amp;gennemgang:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="207"/>
        <source>Besked til &amp;medlemmet:</source>
        <translation>Besked til &amp;medlemmet:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="213"/>
        <source>&amp;Aktører</source>
        <translation>&amp;Aktører</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="214"/>
        <source>&amp;Deltagende medlemmer</source>
        <translation>&amp;Deltagende medlemmer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="215"/>
        <source>Temaer i &amp;fokus</source>
        <translation>Temaer i &amp;fokus</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="220"/>
        <source>Find aktør …</source>
        <translation>Find aktør …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="221"/>
        <source>Find aktør</source>
        <translation>Find aktør</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="222"/>
        <source>&amp;Gem</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="223"/>
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="263"/>
        <source>Besøget skal have en titel.</source>
        <translation>Besøget skal have en titel.</translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="186"/>
        <source>&amp;Ny note</source>
        <extracomment>Changes to these mean the visit&apos;s guide may be different: show the visit afresh.</extracomment>
        <translation>&amp;Ny note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="187"/>
        <source>Ny note under spørgsmålet (Ctrl+Enter)</source>
        <translation>Ny note under spørgsmålet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="188"/>
        <source>&amp;Citat</source>
        <translation>&amp;Citat</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="189"/>
        <source>Markér passagen som citat (Ctrl+Shift+Q)</source>
        <translation>Markér passagen som citat (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="191"/>
        <source>&amp;Metode</source>
        <translation>&amp;Metode</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="191"/>
        <source>Registrér en god metode (Ctrl+Shift+M)</source>
        <translation>Registrér en god metode (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="192"/>
        <source>&amp;Idé</source>
        <translation>&amp;Idé</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="192"/>
        <source>Registrér en idé (Ctrl+Shift+I)</source>
        <translation>Registrér en idé (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="194"/>
        <source>&amp;Ressource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="195"/>
        <source>Registrér et ressourcetal (Ctrl+Shift+R)</source>
        <translation>Registrér et ressourcetal (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="197"/>
        <source>&amp;Opfølgning</source>
        <translation>&amp;Opfølgning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="197"/>
        <source>Registrér en opfølgning (Ctrl+Shift+F)</source>
        <translation>Registrér en opfølgning (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="205"/>
        <source>Tag med {0} (Ctrl+{1})</source>
        <translation>Tag med {0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="206"/>
        <source>&amp;Taler:</source>
        <translation>&amp;Taler:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="207"/>
        <source>Taler</source>
        <translation>Taler</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="208"/>
        <source>Skriv et navn (Ctrl+T) …</source>
        <translation>Skriv et navn (Ctrl+T) …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="209"/>
        <source>Interviewguide</source>
        <translation>Interviewguide</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="210"/>
        <source>Noter under spørgsmålet</source>
        <translation>Noter under spørgsmålet</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="211"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="212"/>
        <source>Skriv noten her. Ctrl+Enter: ny note.</source>
        <translation>Skriv noten her. Ctrl+Enter: ny note.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="213"/>
        <source>Noteværktøjer</source>
        <translation>Noteværktøjer</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="325"/>
        <source>Øvrige noter</source>
        <translation>Øvrige noter</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="403"/>
        <source>(tom note)</source>
        <translation>(tom note)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="509"/>
        <source>Markér citatet i noten først.</source>
        <translation>Markér citatet i noten først.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="517"/>
        <source>Skriv en note først.</source>
        <translation>Skriv en note først.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="533"/>
        <source>Registreret: {0}</source>
        <translation>Registreret: {0}</translation>
    </message>
</context>
</TS>
