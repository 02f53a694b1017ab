<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="68"/>
        <source>Interviewnoter, fletning og Word-dokumenter for Task Force om gode metoder og erfaringer til en styrket integration.</source>
        <translation>Interview notes, merging and Word documents for the Task Force on good methods and experience for stronger integration.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="73"/>
        <source>Licenser: Fieldnotes GPL-3.0-or-later; Qt og PySide6 LGPL-3.0; SQLite public domain; sqlite-utils Apache-2.0; python-docx og platformdirs MIT; click BSD-3-Clause; merge3 GPL-2.0-or-later; SQLCipher BSD-3-Clause og sqlcipher3 MIT; pyenchant og Enchant LGPL-2.1-or-later.</source>
        <translation>Licences: Fieldnotes GPL-3.0-or-later; Qt and PySide6 LGPL-3.0; SQLite public domain; sqlite-utils Apache-2.0; python-docx and platformdirs MIT; click BSD-3-Clause; merge3 GPL-2.0-or-later; SQLCipher BSD-3-Clause and sqlcipher3 MIT; pyenchant and Enchant LGPL-2.1-or-later.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="89"/>
        <source>Om Fieldnotes</source>
        <translation>About Fieldnotes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="93"/>
        <source>Om Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="44"/>
        <source>JSON-eksport</source>
        <translation>JSON export</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="45"/>
        <source>Word-eksport</source>
        <translation>Word export</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="46"/>
        <source>Pakke til sekretariatet</source>
        <translation>Package for the secretariat</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="47"/>
        <source>Sletning til glemsel</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="48"/>
        <source>Navn overstreget i note</source>
        <translation>Name redacted in a note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="69"/>
        <source>Revisionslog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="72"/>
        <source>Her står, hvornår personoplysninger har forladt denne computer (eksport og pakker), og hvornår nogen er slettet til glemsel. Loggen nævner aldrig selve oplysningerne.</source>
        <translation>When personal data left this computer (exports and packages), and when someone was erased. The log never names the data itself.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="78"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="78"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="78"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="78"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/audit_dialog.py" line="80"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="66"/>
        <source>Læser listen …</source>
        <translation>Reading the list …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="115"/>
        <source>Ved start</source>
        <translation>At start-up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="116"/>
        <source>Mens du arbejdede</source>
        <translation>While you worked</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="117"/>
        <source>Før fletning</source>
        <translation>Before merging</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="118"/>
        <source>Før opgradering</source>
        <translation>Before upgrading</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="119"/>
        <source>Taget af dig</source>
        <translation>Taken by you</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="120"/>
        <source>Før gendannelse</source>
        <translation>Before restoring</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="121"/>
        <source>Før kryptering</source>
        <translation>Before encryption</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="125"/>
        <source>Sikkerhedskopier – {0}</source>
        <translation>Backups – {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="128"/>
        <source>Fieldnotes kopierer databasen, når programmet starter, før hver fletning og jævnligt, mens du arbejder. De ti nyeste kopier og én pr. dag i 30 dage gemmes. Når du gendanner, gemmes den nuværende database først som en kopi, så du kan fortryde.</source>
        <translation>Fieldnotes copies the database when the program starts, before each merge and regularly while you work. The ten newest copies and one a day for 30 days are kept. When you restore, the current database is first saved as a copy, so you can undo.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="135"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="135"/>
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="135"/>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="138"/>
        <source>&amp;Tag en kopi nu</source>
        <translation>&amp;Take a copy now</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="139"/>
        <source>&amp;Gendan …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="140"/>
        <source>Åbn &amp;mappen</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="141"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="170"/>
        <source>Kopien kan ikke læses.</source>
        <translation>The copy cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="175"/>
        <source>Der er endnu ingen sikkerhedskopier.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="234"/>
        <source>Tager en kopi …</source>
        <translation>Taking a copy …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="238"/>
        <source>Kopien er gemt: {0}</source>
        <translation>The copy is saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="246"/>
        <source>Gendan sikkerhedskopi</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="248"/>
        <source>Databasen sættes tilbage til kopien fra {0} ({1}). Den nuværende database gemmes først som en ny kopi, så du kan fortryde. Fortsæt?</source>
        <translation>The database is put back to the copy from {0} ({1}). The current database is first saved as a new copy, so you can undo. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="267"/>
        <source>Gendanner …</source>
        <translation>Restoring …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="274"/>
        <source>Gendannet fra kopien fra {0}.</source>
        <translation>Restored from the copy from {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/backups_dialog.py" line="278"/>
        <source>Den hidtidige database er gemt som en kopi øverst i listen.</source>
        <translation>The database as it was is saved as a copy at the top of the list.</translation>
    </message>
</context>
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
    <name>ConflictsModel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="65"/>
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="65"/>
        <source>Emne</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="65"/>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="65"/>
        <source>Værdier</source>
        <translation>Values</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="214"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="215"/>
        <source>Åbne konflikter</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="216"/>
        <source>Værdien der vises nu</source>
        <translation>The value shown now</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="217"/>
        <source>Den konkurrerende værdi</source>
        <translation>The competing value</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="218"/>
        <source>Vælg konkurrerende værdi</source>
        <translation>Choose the competing value</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="219"/>
        <source>&amp;Samlet tekst (ret til, og gem):</source>
        <translation>&amp;Combined text (edit, then save):</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="220"/>
        <source>Samlet tekst</source>
        <translation>Combined text</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="221"/>
        <source>&amp;Gem samlet tekst</source>
        <translation>&amp;Save combined text</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="222"/>
        <source>Å&amp;bn emnet</source>
        <translation>O&amp;pen the item</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="224"/>
        <source>Ingen åbne konflikter. Konflikter opstår, når to har ændret det samme felt.</source>
        <translation>No open conflicts. A conflict arises when two people changed the same field.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="248"/>
        <source>%n åben(e) konflikt(er)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="268"/>
        <source>{0} »{1}«, felt: {2}</source>
        <translation>{0} “{1}”, field: {2}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="287"/>
        <source>&amp;Slet emnet</source>
        <translation>&amp;Delete the item</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="288"/>
        <source>Be&amp;hold emnet med ændringen</source>
        <translation>&amp;Keep the item with the change</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="290"/>
        <source>Behold &amp;venstre</source>
        <translation>Keep &amp;left</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="291"/>
        <source>Behold &amp;højre</source>
        <translation>Keep &amp;right</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="300"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="301"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="309"/>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="309"/>
        <source>Gendannet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="319"/>
        <source>Ændret {0}: {1}</source>
        <translation>Changed {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="328"/>
        <source>&lt;b&gt;Vises nu&lt;/b&gt; (valgt automatisk) – {0}</source>
        <translation>&lt;b&gt;Shown now&lt;/b&gt; (chosen automatically) – {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/conflicts_view.py" line="333"/>
        <source>&lt;b&gt;Konkurrerende værdi&lt;/b&gt; – {0}</source>
        <translation>&lt;b&gt;Competing value&lt;/b&gt; – {0}</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="147"/>
        <source>Dækning af kommissoriet</source>
        <translation>Coverage of the terms of reference</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="149"/>
        <source>Besøg pr. tema</source>
        <translation>Visits per theme</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="150"/>
        <source>Taggede passager pr. tema</source>
        <translation>Tagged passages per theme</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="151"/>
        <source>Gode metoder pr. tema</source>
        <translation>Good methods per theme</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="152"/>
        <source>Idéer pr. tema</source>
        <translation>Ideas per theme</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="153"/>
        <source>Besøg efter status</source>
        <translation>Visits by status</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="154"/>
        <source>Ressourcetal (tema 1d)</source>
        <translation>Resource figures (theme 1d)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="155"/>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="212"/>
        <source>Opfølgning, der forfalder</source>
        <translation>Follow-ups falling due</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="194"/>
        <source>målet er nået</source>
        <translation>goal reached</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="194"/>
        <source>for få endnu</source>
        <translation>too few so far</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="196"/>
        <source>kommuner har ressourcetal (mål: mindst %1) – %2</source>
        <translation>municipalities have resource figures (goal: at least %1) – %2</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/coverage_view.py" line="214"/>
        <source>overskredet</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="119"/>
        <source>Dubletter</source>
        <extracomment>Facts about each row shown under its fields.</extracomment>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="122"/>
        <source>Emner, som to medlemmer formentlig har oprettet hver for sig: besøg i samme kommune samme dag og personer med samme navn. Intet lægges sammen, før du beder om det, og en sammenlægning kan fortrydes (Ctrl+Z).</source>
        <translation>Items that two members probably created separately: visits in the same municipality on the same day, and people with the same name. Nothing is combined until you ask, and combining can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="127"/>
        <source>Mulige dubletter</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="128"/>
        <source>Dubletterne side om side</source>
        <translation>The duplicates side by side</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="129"/>
        <source>&amp;Behold:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="130"/>
        <source>Den række, der beholdes</source>
        <translation>The row that is kept</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="131"/>
        <source>&amp;Læg sammen …</source>
        <translation>&amp;Combine …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="132"/>
        <source>Å&amp;bn</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="134"/>
        <source>Ingen mulige dubletter. De kan opstå, når pakker fra flere medlemmer flettes.</source>
        <translation>No likely duplicates. They can appear when packages from several members are merged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="178"/>
        <source>%n mulig(e) dublet(ter)</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="196"/>
        <source>Samme kommune samme dag</source>
        <translation>Same municipality, same day</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="198"/>
        <source>Samme navn</source>
        <translation>Same name</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="231"/>
        <source>Oprettet af</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="232"/>
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="233"/>
        <source>Henvisninger</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="234"/>
        <source>Hentet fra</source>
        <translation>Brought in from</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="245"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="258"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="258"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="282"/>
        <source>Læg dubletter sammen</source>
        <translation>Combine duplicates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/duplicates_view.py" line="284"/>
        <source>»{0}« beholdes. Alt, der henviser til de %n andre, flyttes over til den, tomme felter udfyldes fra dem, og de andre slettes. Det kan fortrydes med Redigér → Fortryd. Læg sammen?</source>
        <translation>
            <numerusform>“{0}” is kept. Everything that refers to the other one is moved over to it, its empty fields are filled in from the other one, and the other one is deleted. This can be undone with Edit → Undo. Combine?</numerusform>
            <numerusform>“{0}” is kept. Everything that refers to the %n others is moved over to it, its empty fields are filled in from them, and the others are deleted. This can be undone with Edit → Undo. Combine?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="249"/>
        <source>&amp;Kryptering</source>
        <translation>&amp;Encryption</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="250"/>
        <source>&amp;Kryptér databasen …</source>
        <translation>&amp;Encrypt the database …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="251"/>
        <source>&amp;Skift adgangskode …</source>
        <translation>&amp;Change passphrase …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="252"/>
        <source>&amp;Fjern kryptering …</source>
        <translation>&amp;Remove encryption …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="268"/>
        <source>Databasen er krypteret.</source>
        <translation>The database is encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="275"/>
        <source>Adgangskoden er skiftet.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="281"/>
        <source>Fjern kryptering</source>
        <translation>Remove encryption</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="283"/>
        <source>Databasen og dens sikkerhedskopier gemmes igen ukrypteret, så alle med adgang til computeren kan læse dem. Fortsæt?</source>
        <translation>The database and its backups will be stored unencrypted again, so anyone with access to the computer can read them. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="292"/>
        <source>Krypteringen er fjernet.</source>
        <translation>The encryption was removed.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="312"/>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="330"/>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="352"/>
        <source>Kryptering</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="331"/>
        <source>Databasen og dens sikkerhedskopier skrives om …</source>
        <translation>Rewriting the database and its backups …</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="266"/>
        <source>Slet person til glemsel</source>
        <translation>Erase person for good</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="268"/>
        <source>Personens oplysninger fjernes for altid fra denne database og fra alle dens sikkerhedskopier; de ældre sikkerhedskopier skrives om uden personen. Sletningen følger med i pakkerne, så ingen senere fletning bringer personen tilbage – heller ikke en ældre pakke.</source>
        <translation>The person&apos;s details are removed for good from this database and from all its backups; the older backups are rewritten without the person. The erasure travels in the packages, so no later merge brings the person back – not even an older package.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="285"/>
        <source>Det kan ikke fortrydes. Fortryd-listen (Redigér ▸ Fortryd) tømmes bagefter.</source>
        <translation>This cannot be undone. The undo list (Edit ▸ Undo) is emptied afterwards.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="273"/>
        <source>&amp;Slet til glemsel</source>
        <translation>&amp;Erase for good</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="275"/>
        <source>Overstreg et navn i noterne</source>
        <translation>Redact a name in the notes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="277"/>
        <source>Til et navn, der ikke er registreret som person, fx en borger, der blev nævnt i forbifarten. Navnet erstattes med {0} i de valgte noter, også i deres tidligere versioner og i alle sikkerhedskopier, og overstregningen følger med i pakkerne, så ingen fletning bringer navnet tilbage.</source>
        <translation>For a name that is not registered as a person, e.g. a citizen mentioned in passing. The name is replaced with {0} in the chosen notes, in their earlier versions too and in all backups, and the redaction travels in the packages, so no merge brings the name back.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="283"/>
        <source>&amp;Overstreg navnet</source>
        <translation>&amp;Redact the name</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="290"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="291"/>
        <source>Navnet, der skal overstreges</source>
        <translation>The name to redact</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="292"/>
        <source>&amp;Find noterne</source>
        <translation>&amp;Find the notes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="294"/>
        <source>O&amp;verstreg navnet i de valgte noter (erstattes med {0})</source>
        <translation>Re&amp;dact the name in the chosen notes (replaced with {0})</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="296"/>
        <source>Besøg</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="296"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="296"/>
        <source>Uddrag</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="297"/>
        <source>Noter, der nævner navnet</source>
        <translation>Notes that mention the name</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="299"/>
        <source>Skriv personens navn for at bekræfte, at personen skal slettes til glemsel:</source>
        <translation>Type the person&apos;s name to confirm that the person is to be erased for good:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="301"/>
        <source>Bekræft med personens navn</source>
        <translation>Confirm with the person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="302"/>
        <source>&amp;Jeg forstår, at overstregningen ikke kan fortrydes</source>
        <translation>&amp;I understand that the redaction cannot be undone</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="303"/>
        <source>Hvad der blev gjort</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="304"/>
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="305"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="393"/>
        <source>Afbryder …</source>
        <translation>Stopping …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="434"/>
        <source>Afbrudt; intet er ændret.</source>
        <translation>Stopped; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="454"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="455"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="469"/>
        <source>(uden besøg)</source>
        <translation>(no visit)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="472"/>
        <source>kun i en tidligere version</source>
        <translation>only in an earlier version</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="474"/>
        <source>slettet note</source>
        <translation>deleted note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="496"/>
        <source>Leder efter navnet i noterne …</source>
        <translation>Looking for the name in the notes …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="499"/>
        <source>Sletter og skriver sikkerhedskopierne om …</source>
        <translation>Erasing and rewriting the backups …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="501"/>
        <source>Overstreger og skriver sikkerhedskopierne om …</source>
        <translation>Redacting and rewriting the backups …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="505"/>
        <source>Navnet står i %n note(r).</source>
        <translation>
            <numerusform>The name appears in %n note.</numerusform>
            <numerusform>The name appears in %n notes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="507"/>
        <source>Navnet står ikke i nogen note.</source>
        <translation>The name is in no note.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="523"/>
        <source>Listerne er læst igen og viser, hvad databasen indeholder nu. Fortryd-listen er tømt.</source>
        <translation>The lists have been read again and show what the database holds now. The undo list has been emptied.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="535"/>
        <source>{0} er slettet til glemsel i databasen og i alle dens sikkerhedskopier. Sletningen følger med i de næste pakker.</source>
        <translation>{0} has been erased for good from the database and from all its backups. The erasure travels in the next packages.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="543"/>
        <source>Navnet er overstreget i %n note(r).</source>
        <translation>
            <numerusform>The name was redacted in %n note.</numerusform>
            <numerusform>The name was redacted in %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="551"/>
        <source>Navnet står stadig i %n note(r), som ikke blev valgt.</source>
        <translation>
            <numerusform>The name still appears in %n note that was not chosen.</numerusform>
            <numerusform>The name still appears in %n notes that were not chosen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/erase_dialog.py" line="558"/>
        <source>Fortryd-listen er tømt: det, der er gjort her, kan ikke fortrydes.</source>
        <translation>The undo list has been emptied: what was done here cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="224"/>
        <source>Eksportér til Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="226"/>
        <source>Besøgsnotat</source>
        <translation>Visit memo</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="227"/>
        <source>Temaopsamling</source>
        <translation>Theme summary</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="228"/>
        <source>Katalog over gode metoder</source>
        <translation>Catalogue of good methods</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="229"/>
        <source>Idékatalog</source>
        <translation>Idea catalogue</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="230"/>
        <source>Ressourceoversigt (tema 1d)</source>
        <translation>Resource overview (theme 1d)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="231"/>
        <source>Afrapportering (rapportudkast)</source>
        <translation>Reporting (draft report)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="236"/>
        <source>Ingen mærkning</source>
        <translation>No marking</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="237"/>
        <source>Udkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="238"/>
        <source>Internt – må ikke videregives</source>
        <translation>Internal – do not pass on</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="239"/>
        <source>Fortroligt</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="244"/>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="245"/>
        <source>&amp;Besøg:</source>
        <translation>&amp;Visits:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="246"/>
        <source>&amp;Temaer:</source>
        <translation>&amp;Themes:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="247"/>
        <source>&amp;Kommuner:</source>
        <translation>&amp;Municipalities:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="248"/>
        <source>&amp;Medlemmer:</source>
        <translation>M&amp;embers:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="249"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="250"/>
        <source>Udkast:</source>
        <translation>Draft:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="251"/>
        <source>&amp;Idéstatus:</source>
        <translation>&amp;Idea status:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="252"/>
        <source>&amp;Skabelon:</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="253"/>
        <source>&amp;Mærkning:</source>
        <translation>Mar&amp;king:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="254"/>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="373"/>
        <source>Personoplysninger:</source>
        <translation>Personal data:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="255"/>
        <source>Indhold:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="256"/>
        <source>&amp;Gem som:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="260"/>
        <source>Kun besøg fra–til</source>
        <translation>Only visits from–to</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="261"/>
        <source>Medtag besøg, der endnu ikke er skrevet op</source>
        <translation>Include visits not yet written up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="263"/>
        <source>Anonymisér personer og fjern cpr-numre, telefonnumre og e-mailadresser</source>
        <translation>Anonymise people and remove CPR numbers, phone numbers and e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="265"/>
        <source>Standardskabelonen</source>
        <translation>The default template</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="266"/>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="267"/>
        <source>Vælg…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="268"/>
        <source>&amp;Eksportér</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="269"/>
        <source>&amp;Afbryd</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="270"/>
        <source>Intet valgt betyder alle</source>
        <translation>Nothing chosen means all</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="350"/>
        <source>%n besøg</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="351"/>
        <source>%n noter</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="352"/>
        <source>%n markerede passager</source>
        <translation>
            <numerusform>%n tagged passage</numerusform>
            <numerusform>%n tagged passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="353"/>
        <source>%n citater</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="354"/>
        <source>%n metoder</source>
        <translation>
            <numerusform>%n method</numerusform>
            <numerusform>%n methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="355"/>
        <source>%n idéer</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="356"/>
        <source>%n ressourcetal</source>
        <translation>
            <numerusform>%n resource figure</numerusform>
            <numerusform>%n resource figures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="362"/>
        <source>Dokumentet indeholder personoplysninger: navne på %1 personer, %2 cpr-numre, %3 telefonnumre og %4 e-mailadresser. Vælg anonymisering, hvis dokumentet skal videre.</source>
        <translation>The document holds personal data: names of %1 people, %2 CPR numbers, %3 phone numbers and %4 e-mail addresses. Choose anonymisation if the document is to be passed on.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="369"/>
        <source>Personer anonymiseres; cpr-numre, telefonnumre og e-mail fjernes.</source>
        <translation>People are anonymised; CPR numbers, phone numbers and e-mail are removed.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="371"/>
        <source>Dokumentet indeholder ingen navne på personer mødt.</source>
        <translation>The document holds no names of people met.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="374"/>
        <source>Indhold: %1</source>
        <translation>Contents: %1</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="386"/>
        <source>Vælg Word-skabelon</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="386"/>
        <source>Word-skabeloner (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="393"/>
        <source>Gem Word-dokument</source>
        <translation>Save Word document</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="393"/>
        <source>Word-dokumenter (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="421"/>
        <source>Afbryder …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="427"/>
        <source>Gemt: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="431"/>
        <source>Eksport færdig</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/export_dialog.py" line="431"/>
        <source>Vil du åbne dokumentet nu?</source>
        <translation>Do you want to open the document now?</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="55"/>
        <source>Brugervejledningen findes ikke på {0}.</source>
        <translation>The user guide is not found at {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="62"/>
        <source>Brugervejledning – Fieldnotes</source>
        <translation>User guide – Fieldnotes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/help_window.py" line="63"/>
        <source>Brugervejledning</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="82"/>
        <source>flettet {0}</source>
        <extracomment>Fields people do not edit by hand (order in a list, character ranges).</extracomment>
        <translation>merged {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="199"/>
        <source>Redigér {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="199"/>
        <source>Ny {0}</source>
        <translation>New {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="207"/>
        <source>&amp;Koblet til (Enter åbner):</source>
        <translation>&amp;Linked to (Enter opens):</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="209"/>
        <source>Koblede emner</source>
        <translation>Linked items</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="210"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="211"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../src/fieldnotes/ui/background.py" line="126"/>
        <source>Uventet fejl: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="15"/>
        <source>Planlagt</source>
        <extracomment>Stored codes of choice fields.</extracomment>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="16"/>
        <source>Gennemført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="17"/>
        <source>Skrevet op</source>
        <translation>Written up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="18"/>
        <source>Kommunal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="19"/>
        <source>Statslig</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="20"/>
        <source>Boligsocial</source>
        <translation>Social housing</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="21"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="22"/>
        <source>Præcist tal</source>
        <translation>Exact figure</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="23"/>
        <source>Skøn</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="24"/>
        <source>Usikkert</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="25"/>
        <source>Ny lokal indsats</source>
        <translation>New local effort</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="26"/>
        <source>Vidensindsamling og -spredning</source>
        <translation>Gathering and spreading knowledge</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="27"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="130"/>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="28"/>
        <source>Drøftet</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="29"/>
        <source>Med i kataloget</source>
        <translation>In the catalogue</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="30"/>
        <source>Forkastet</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="31"/>
        <source>Gennemgået</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="32"/>
        <source>Til opfølgning hos medlemmet</source>
        <translation>Needs follow-up by the member</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="37"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="58"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="74"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="118"/>
        <source>Besøg</source>
        <extracomment>The sidebar&apos;s lists and views.</extracomment>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="38"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="57"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="75"/>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="39"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="69"/>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="40"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="77"/>
        <source>Gode metoder</source>
        <translation>Good methods</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="41"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="79"/>
        <source>Idéer</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="42"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="135"/>
        <source>Ressourcer</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="43"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="44"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="70"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="113"/>
        <source>Høringssvar</source>
        <translation>Consultation responses</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="45"/>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="46"/>
        <source>Temaer × kommuner</source>
        <translation>Themes × municipalities</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="47"/>
        <source>Dækning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="48"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="49"/>
        <source>Fletninger</source>
        <translation>Merges</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="50"/>
        <source>Dubletter</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="55"/>
        <source>Dato</source>
        <extracomment>List columns whose header differs from the field&apos;s label (else ``_FIELDS``).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="106"/>
        <source>Titel</source>
        <extracomment>Fields of items.</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="56"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="110"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
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
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="117"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="60"/>
        <source>Ændret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="122"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="123"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="125"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="126"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="109"/>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="133"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="145"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="146"/>
        <source>Kan udføres af</source>
        <translation>Could be carried out by</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="137"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="138"/>
        <source>Finansiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="61"/>
        <source>Beløb</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="142"/>
        <source>Sikkerhed</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="140"/>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="149"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="150"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="151"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="152"/>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="127"/>
        <source>Afsender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="128"/>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="129"/>
        <source>Problemer</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="66"/>
        <source>Medlemmer</source>
        <extracomment>Kinds of item, plural.</extracomment>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="67"/>
        <source>Temaer</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="68"/>
        <source>Kommuner og aktører</source>
        <translation>Municipalities and actors</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="71"/>
        <source>Interviewguides</source>
        <translation>Interview guides</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="72"/>
        <source>Guideafsnit</source>
        <translation>Guide sections</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="73"/>
        <source>Guidespørgsmål</source>
        <translation>Guide questions</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="76"/>
        <source>Temamarkeringer</source>
        <translation>Theme tags</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="78"/>
        <source>Ressourcetal</source>
        <translation>Resource figures</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="80"/>
        <source>Opfølgninger</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="81"/>
        <source>Koblinger</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="86"/>
        <source>medlem</source>
        <extracomment>Kinds of item, singular.</extracomment>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="87"/>
        <source>tema</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="88"/>
        <source>aktør</source>
        <translation>actor</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="89"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="90"/>
        <source>høringssvar</source>
        <translation>hearing input</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="91"/>
        <source>interviewguide</source>
        <translation>interview guide</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="92"/>
        <source>guideafsnit</source>
        <translation>guide section</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="93"/>
        <source>guidespørgsmål</source>
        <translation>guide question</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="94"/>
        <source>besøg</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="95"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="96"/>
        <source>temamarkering</source>
        <translation>theme tag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="97"/>
        <source>god metode</source>
        <translation>good method</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="98"/>
        <source>ressourcetal</source>
        <translation>resource figure</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="99"/>
        <source>idé</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="100"/>
        <source>opfølgning</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="101"/>
        <source>kobling</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="107"/>
        <source>Starter</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="108"/>
        <source>Slutter</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="112"/>
        <source>Interviewguide</source>
        <translation>Interview guide</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="114"/>
        <source>Resumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="115"/>
        <source>Sekretariatets gennemgang</source>
        <translation>Secretariat&apos;s review</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="116"/>
        <source>Besked til medlemmet</source>
        <translation>Message to the member</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="119"/>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="121"/>
        <source>Placering</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="124"/>
        <source>Organisation (aktør)</source>
        <translation>Organisation (actor)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="131"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="132"/>
        <source>Aktør</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="134"/>
        <source>Resultater</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="136"/>
        <source>Udbredelse</source>
        <translation>Spreading</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="139"/>
        <source>Beløb (kr.)</source>
        <translation>Amount (DKK)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="141"/>
        <source>Koordineret med</source>
        <translation>Coordinated with</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="143"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="144"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="147"/>
        <source>Omkostning</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="148"/>
        <source>Kilder</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="153"/>
        <source>Sletning</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="154"/>
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="155"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="156"/>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="157"/>
        <source>Kommunekode</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="158"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="159"/>
        <source>Farve</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="160"/>
        <source>Overtema</source>
        <translation>Main theme</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="161"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="162"/>
        <source>Bygger på</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="163"/>
        <location filename="../../src/fieldnotes/ui/labels.py" line="164"/>
        <source>Afsnit</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="165"/>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="166"/>
        <source>Fra tegn</source>
        <translation>From character</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="167"/>
        <source>Til tegn</source>
        <translation>To character</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="168"/>
        <source>Citat</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="169"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/labels.py" line="170"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="126"/>
        <source>Filtrér (alle ord skal passe) …</source>
        <translation>Filter (all words must match) …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="127"/>
        <source>Filtrér listen</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="130"/>
        <source>&amp;Planlæg besøg …</source>
        <translation>&amp;Plan visit …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="132"/>
        <source>&amp;Ny …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="133"/>
        <source>Opret et nyt (Ctrl+N)</source>
        <translation>Create a new one (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="134"/>
        <source>&amp;Redigér …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="135"/>
        <source>Redigér det valgte (F2)</source>
        <translation>Edit the selected one (F2)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/list_page.py" line="136"/>
        <source>Planlæg &amp;besøg ud fra høringssvaret …</source>
        <translation>Plan a &amp;visit from the hearing input …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/list_page.py" line="160"/>
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
        <location filename="../../src/fieldnotes/ui/main_window.py" line="228"/>
        <source>(i hukommelsen)</source>
        <extracomment>Pages that read the database again each time they are shown and after every change. Sidebar entries of saved searches carry ``(SAVED, id)``; they follow the &quot;search&quot; entry.</extracomment>
        <translation>(in memory)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="229"/>
        <source>Fieldnotes – {0}</source>
        <translation>Fieldnotes – {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="230"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="231"/>
        <source>&amp;Eksportér til sekretariatet …</source>
        <translation>&amp;Export for the secretariat …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="232"/>
        <source>&amp;Flet pakker ind …</source>
        <translation>&amp;Merge packages …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="233"/>
        <source>Fortr&amp;yd sidste fletning …</source>
        <translation>Un&amp;do last merge …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="234"/>
        <source>Eksportér til &amp;Word …</source>
        <translation>Export to &amp;Word …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="235"/>
        <source>&amp;Importér dokument …</source>
        <translation>&amp;Import document …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="237"/>
        <source>Hent noter fra en .docx-, .txt- eller .md-fil ind i det åbne besøg</source>
        <translation>Bring notes from a .docx, .txt or .md file into the open visit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="239"/>
        <source>&amp;Sikkerhedskopier …</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="240"/>
        <source>&amp;Revisionslog …</source>
        <translation>&amp;Audit log …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="241"/>
        <source>&amp;Søg …</source>
        <translation>&amp;Search …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="242"/>
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="243"/>
        <source>Slet person til &amp;glemsel …</source>
        <translation>&amp;Erase person for good …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="244"/>
        <source>O&amp;verstreg et navn i noterne …</source>
        <translation>Redact a &amp;name in the notes …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="245"/>
        <source>Slet gemt søgning</source>
        <translation>Delete saved search</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="246"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="247"/>
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="248"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="249"/>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="250"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="251"/>
        <source>&amp;Brugervejledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="252"/>
        <source>&amp;Om Fieldnotes</source>
        <translation>&amp;About Fieldnotes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="253"/>
        <source>Oversigt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="260"/>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="378"/>
        <source>Gemt søgning: {0}</source>
        <translation>Saved search: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="498"/>
        <source>Vælg først personen i listen over personer.</source>
        <translation>First choose the person in the list of people.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="574"/>
        <source>Importér dokument</source>
        <translation>Import document</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="576"/>
        <source>Åbn det besøg, som dokumentet hører til, først.</source>
        <translation>First open the visit the document belongs to.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="583"/>
        <source>Dokumenter ({0})</source>
        <translation>Documents ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/main_window.py" line="602"/>
        <source>%n note(r) importeret fra {0}.</source>
        <translation>
            <numerusform>%n note imported from {0}.</numerusform>
            <numerusform>%n notes imported from {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="659"/>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="665"/>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="695"/>
        <source>Fortryd sidste fletning</source>
        <translation>Undo last merge</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="660"/>
        <source>Der er ingen fletning at fortryde.</source>
        <translation>There is no merge to undo.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="667"/>
        <source>Databasen sættes tilbage til, som den var før fletningen {0} ({1}). Alt, der er ændret siden, går tabt (en kopi gemmes i sikkerhedskopimappen). Fortsæt?</source>
        <translation>The database goes back to how it was before the merge {0} ({1}). Everything changed since is lost (a copy is kept in the backup folder). Continue?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/main_window.py" line="697"/>
        <source>Fletningen er fortrudt.</source>
        <translation>The merge was undone.</translation>
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
%d passages, %d methods, %d ideas</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="225"/>
        <source>Temaer × kommuner</source>
        <translation>Themes × municipalities</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="203"/>
        <source>Kommuner</source>
        <extracomment>The shown cell&apos;s theme and place, to write a theme summary of (``export_cell``).</extracomment>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="204"/>
        <source>Aktører mødt</source>
        <translation>Actors met</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="205"/>
        <source>Rækker: kommuner eller de aktører, besøgene mødte</source>
        <translation>Rows: municipalities or the actors the visits met</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="226"/>
        <source>Matrix over temaer og kommuner</source>
        <translation>Matrix of themes and municipalities</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="208"/>
        <source>Hver celle: antal taggede passager · m = gode metoder · i = idéer. Klik på en celle for at se dem; Enter på et emne åbner det.</source>
        <translation>Each cell: tagged passages · m = good methods · i = ideas. Click a cell to list them; Enter on an item opens it.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="212"/>
        <source>&amp;Temaopsamling til Word …</source>
        <translation>&amp;Theme summary to Word …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="214"/>
        <source>Skriv en temaopsamling med cellens tema og kommune valgt som filtre</source>
        <translation>Write a theme summary with the cell&apos;s theme and municipality chosen as filters</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="217"/>
        <source>Klik på en celle for at se dens passager.</source>
        <translation>Click a cell to see its passages.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="248"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="222"/>
        <source>Temaer × aktører</source>
        <translation>Themes × actors</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="223"/>
        <source>Matrix over temaer og aktører</source>
        <translation>Matrix of themes and actors</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="251"/>
        <source>%n række(r)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="278"/>
        <source>%n emne(r)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
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
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/matrix_view.py" line="281"/>
        <source>Idé</source>
        <translation>Idea</translation>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="162"/>
        <source>Flet pakker ind</source>
        <translation>Merge packages</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="165"/>
        <source>Vælg medlemmernes pakker. Fieldnotes viser først, hvad hver pakke vil ændre; intet ændres, før du trykker Flet. Databasen sikkerhedskopieres først, så fletningen kan fortrydes.</source>
        <translation>Choose the members&apos; packages. Fieldnotes first shows what each package would change; nothing changes until you press Merge. The database is backed up first, so the merge can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="172"/>
        <source>Pakke og slags</source>
        <translation>Package and kind</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="173"/>
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="174"/>
        <source>Ændrede</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="175"/>
        <source>Slettede</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="176"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="179"/>
        <source>Pakker og hvad de ændrer</source>
        <translation>Packages and what they change</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="180"/>
        <source>Rapport over fletningen</source>
        <translation>Merge report</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="181"/>
        <source>&amp;Tilføj pakker …</source>
        <translation>&amp;Add packages …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="182"/>
        <source>&amp;Fjern pakke</source>
        <translation>&amp;Remove package</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="183"/>
        <source>&amp;Flet</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="184"/>
        <source>Vis &amp;konflikter</source>
        <translation>Show &amp;conflicts</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="185"/>
        <source>&amp;Afbryd</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="186"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="196"/>
        <source>Vælg pakker</source>
        <translation>Choose packages</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="198"/>
        <source>Fieldnotes-pakker (*.fieldnotes);;Alle filer (*)</source>
        <translation>Fieldnotes packages (*.fieldnotes);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="214"/>
        <source>Gennemgår %n pakke(r) …</source>
        <translation>
            <numerusform>Checking %n package …</numerusform>
            <numerusform>Checking %n packages …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="231"/>
        <source>%n pakke(r) kan ikke bruges og bliver ikke flettet.</source>
        <translation>
            <numerusform>%n package cannot be used and will not be merged.</numerusform>
            <numerusform>%n packages cannot be used and will not be merged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="253"/>
        <source>Sikkerhedskopierer og fletter …</source>
        <translation>Backing up and merging …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="261"/>
        <source>Afbryder …</source>
        <translation>Cancelling …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="273"/>
        <source>Færdig: %n pakke(r) flettet ind.</source>
        <translation>
            <numerusform>Done: %n package merged.</numerusform>
            <numerusform>Done: %n packages merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="275"/>
        <source>%n ny(e) konflikt(er) venter.</source>
        <translation>
            <numerusform>%n new conflict is waiting.</numerusform>
            <numerusform>%n new conflicts are waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="311"/>
        <source>Gennemgangen blev afbrudt.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="314"/>
        <source>Fletningen blev afbrudt; databasen er uændret.</source>
        <translation>The merge was cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="384"/>
        <source>{0} – gennemgås …</source>
        <translation>{0} – checking …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="386"/>
        <source>{0} – kan ikke bruges</source>
        <translation>{0} – cannot be used</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="387"/>
        <source>ukendt medlem</source>
        <translation>unknown member</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="389"/>
        <source>{0} ({1}) – allerede flettet, ændrer intet</source>
        <translation>{0} ({1}) – already merged, changes nothing</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="390"/>
        <source>{0} ({1}) – %n ny(e) ændring(er)</source>
        <translation>
            <numerusform>{0} ({1}) – %n new change</numerusform>
            <numerusform>{0} ({1}) – %n new changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="404"/>
        <source>Sikkerhedskopi før fletningen: {0}</source>
        <translation>Backup before the merge: {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="408"/>
        <source>»Filer ▸ Fortryd sidste fletning« gendanner den.</source>
        <translation>“File ▸ Undo last merge” restores it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_dialog.py" line="437"/>
        <source>%n ændring(er) flettet ind.</source>
        <translation>
            <numerusform>%n change merged.</numerusform>
            <numerusform>%n changes merged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeLogModel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="81"/>
        <source>Flettet</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="82"/>
        <source>Pakke</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="83"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="84"/>
        <source>Flettet af</source>
        <translation>Merged by</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="85"/>
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="86"/>
        <source>Ændrede</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="87"/>
        <source>Slettede</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="88"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>MergeLogView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="127"/>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="129"/>
        <source>Fletninger</source>
        <translation>Merges</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="128"/>
        <source>Gem som &amp;PDF …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="130"/>
        <source>Hvad fletningen gjorde</source>
        <translation>What the merge did</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="131"/>
        <source>Der er endnu ikke flettet pakker ind i denne database.</source>
        <translation>No packages have been merged into this database yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="147"/>
        <source>%n fletning(er)</source>
        <translation>
            <numerusform>%n merge</numerusform>
            <numerusform>%n merges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="177"/>
        <source>Pakken er lavet {0} af {1} og havde %n ændring(er).</source>
        <translation>
            <numerusform>The package was made {0} by {1} and held %n change.</numerusform>
            <numerusform>The package was made {0} by {1} and held %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="184"/>
        <source>Flettet {0} af {1}.</source>
        <translation>Merged {0} by {1}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/merge_log_view.py" line="215"/>
        <source>Gem fletningerne som PDF</source>
        <translation>Save the merges as PDF</translation>
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
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="145"/>
        <source>Vælg en adgangskode på mindst {0} tegn – gerne en sætning af flere ord. Uden den kan ingen læse databasen, heller ikke du: skriv den ned et sikkert sted.</source>
        <translation>Choose a passphrase of at least {0} characters – a sentence of several words is best. Without it nobody can read the database, not even you: write it down somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="150"/>
        <source>Adgangskode:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="151"/>
        <source>Gentag:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="155"/>
        <source>De to adgangskoder er forskellige.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="79"/>
        <source>Eksportér til sekretariatet</source>
        <translation>Export for the secretariat</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="82"/>
        <source>Fieldnotes skriver alt dit materiale i én pakkefil, som du sender til sekretariatet. Du kan blive ved med at arbejde, mens pakken skrives.</source>
        <translation>Fieldnotes writes all your material into one package file that you send to the secretariat. You can keep working while the package is written.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="86"/>
        <source>&amp;Pakkefil:</source>
        <translation>&amp;Package file:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="87"/>
        <source>Pakkefil</source>
        <translation>Package file</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="88"/>
        <source>&amp;Vælg …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="89"/>
        <source>&amp;Kun det, der er nyt siden forrige pakke</source>
        <translation>&amp;Only what is new since the previous package</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="90"/>
        <source>&amp;Eksportér</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="91"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="96"/>
        <source>Gem pakken</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="98"/>
        <source>Fieldnotes-pakker (*.fieldnotes)</source>
        <translation>Fieldnotes packages (*.fieldnotes)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="119"/>
        <source>Skriver pakken …</source>
        <translation>Writing the package …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/package_dialog.py" line="130"/>
        <source>Pakken er skrevet: {0} (%n ændring(er)).</source>
        <translation>
            <numerusform>The package is written: {0} (%n change).</numerusform>
            <numerusform>The package is written: {0} (%n changes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="80"/>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="81"/>
        <source>Adgangskode</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="83"/>
        <source>Skriv den nuværende adgangskode til {0}.</source>
        <translation>Enter the current passphrase of {0}.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="85"/>
        <source>{0} er krypteret. Skriv adgangskoden for at åbne den.</source>
        <translation>{0} is encrypted. Enter the passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/encryption.py" line="93"/>
        <source>Skriv adgangskoden.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/encryption.py" line="109"/>
        <source>Forkert adgangskode. %n forsøg tilbage.</source>
        <translation>
            <numerusform>Wrong passphrase. %n try left.</numerusform>
            <numerusform>Wrong passphrase. %n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceBox</name>
    <message>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="109"/>
        <location filename="../../src/fieldnotes/ui/item_dialog.py" line="110"/>
        <source>Hentet fra</source>
        <translation>Brought in from</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="316"/>
        <source>Søg</source>
        <extracomment>Hits asked for at a time: two screenfuls or so. Each costs a snippet and a context, so the first answer comes sooner; the next page loads as the list is scrolled to its end.</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="318"/>
        <source>Søg i alt, fx  mentor* IKKE praktik  eller  &quot;fælles mål&quot;</source>
        <translation>Search everything, e.g.  mentor* NOT internship  or  &quot;common goal&quot;</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="322"/>
        <source>Alle ord skal passe. integr* finder ord, der begynder sådan; &quot;…&quot; er en frase; ELLER, OG og IKKE (med store bogstaver) og parenteser kombinerer; -ord udelukker.</source>
        <translation>All words must match. integr* finds words that begin so; &quot;…&quot; is a phrase; OR, AND and NOT (in capitals; the Danish ELLER, OG and IKKE work too) and parentheses combine; -word excludes.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="326"/>
        <source>Søgetekst</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="328"/>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="329"/>
        <source>Kommune/aktør</source>
        <translation>Municipality/actor</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="330"/>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="331"/>
        <source>Slags</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="332"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="333"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="338"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="339"/>
        <source>Vælg datoen i en kalender</source>
        <translation>Pick the date in a calendar</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="340"/>
        <source>Gemte søgninger</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="341"/>
        <source>Gem søgning …</source>
        <translation>Save search …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="342"/>
        <source>Slet gemt søgning</source>
        <translation>Delete saved search</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="343"/>
        <source>Vis flere</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="344"/>
        <source>Søgeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="362"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="363"/>
        <source>Besøg</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="364"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="365"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="366"/>
        <source>Idé</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="367"/>
        <source>Høringssvar</source>
        <translation>Hearing input</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="375"/>
        <source>Alle slags</source>
        <translation>All kinds</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="547"/>
        <source>Over {0} fund; %Ln vist</source>
        <translation>
            <numerusform>Over {0} hits; %Ln shown</numerusform>
            <numerusform>Over {0} hits; %Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="550"/>
        <source>%Ln fund</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="590"/>
        <source>Der er allerede en gemt søgning ved navn »{0}«. Vil du erstatte den?</source>
        <translation>There is already a saved search called &apos;{0}&apos;. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="355"/>
        <source>Alle temaer</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="356"/>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="357"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="507"/>
        <source>Mange fund: vist i den rækkefølge, de er skrevet. Tilføj ord eller filtre for at få de mest relevante først.</source>
        <translation>Many hits: shown in the order they were written. Add words or filters to get the most relevant first.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="568"/>
        <source>Gem søgning</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/search_panel.py" line="570"/>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="163"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="164"/>
        <source>&amp;Fortryd {0}</source>
        <translation>&amp;Undo {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="169"/>
        <source>&amp;Annullér fortryd</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="170"/>
        <source>&amp;Annullér fortryd {0}</source>
        <translation>&amp;Redo {0}</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="175"/>
        <source>oprettelse</source>
        <translation>creation</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="176"/>
        <source>ændring</source>
        <translation>change</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="177"/>
        <source>sletning</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="178"/>
        <source>skrivning</source>
        <translation>typing</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="179"/>
        <source>ny note</source>
        <translation>new note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="180"/>
        <source>valg af taler</source>
        <translation>choice of speaker</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="181"/>
        <source>tagging</source>
        <translation>tagging</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="182"/>
        <source>fjernelse af tag</source>
        <translation>tag removal</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="183"/>
        <source>citatmarkering</source>
        <translation>quote marking</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="184"/>
        <source>registrering af metode</source>
        <translation>method capture</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="185"/>
        <source>registrering af idé</source>
        <translation>idea capture</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="186"/>
        <source>registrering af ressourcetal</source>
        <translation>resource figure capture</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="187"/>
        <source>registrering af opfølgning</source>
        <translation>follow-up capture</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="188"/>
        <source>løsning af konflikt</source>
        <translation>conflict resolution</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="189"/>
        <source>planlægning af besøg</source>
        <translation>visit planning</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="190"/>
        <source>ændring af besøg</source>
        <translation>visit change</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="191"/>
        <source>import af dokument</source>
        <translation>document import</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/session.py" line="192"/>
        <source>sammenlægning af dubletter</source>
        <translation>combining duplicates</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="46"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="47"/>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="49"/>
        <source>Stavekontrol</source>
        <translation>Spell checking</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="48"/>
        <source>&amp;Stavekontrol, mens du skriver (rød bølgelinje)</source>
        <translation>&amp;Spell check while typing (red wavy line)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="56"/>
        <source>Stavekontrol er ikke tilgængelig: Python-pakken pyenchant er ikke installeret.</source>
        <translation>Spell checking is not available: the Python package pyenchant is not installed.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="60"/>
        <source>Stavekontrol er ikke tilgængelig: installér pakken hunspell-da (og libenchant-2-2)</source>
        <translation>Spell checking is not available: install the package hunspell-da (and libenchant-2-2)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="63"/>
        <source>Dansk ordbog fundet ({0})</source>
        <translation>Danish dictionary found ({0})</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/settings_dialog.py" line="65"/>
        <source>Søger efter den danske ordbog …</source>
        <translation>Looking for the Danish dictionary …</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../src/fieldnotes/ui/single_instance.py" line="123"/>
        <source>Fieldnotes har allerede denne database åben i et andet vindue. Skift til det vindue for at arbejde videre.</source>
        <translation>Fieldnotes already has this database open in another window. Switch to that window to go on working.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/single_instance.py" line="135"/>
        <source>Databasen {0} ligger på et netværksdrev. SQLite kan ikke låse filer pålideligt dér, så to computere kan ødelægge den for hinanden. Kopiér den til din egen disk, og brug pakker til at dele arbejdet.</source>
        <translation>The database {0} is on a network drive. SQLite cannot lock files reliably there, so two computers can damage it for each other. Copy it to your own disk and use packages to share the work.</translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="533"/>
        <source>(ingen forslag)</source>
        <extracomment>QSettings key of the on/off switch (on by default). The worker reports at least this often while it checks a long note. Spelling&apos;s share of one turn of the event loop (between two keystrokes).</extracomment>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="537"/>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="564"/>
        <source>Tilføj til ordbog</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="539"/>
        <source>Ignorér</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/spelling.py" line="540"/>
        <source>Godtag ordet, indtil programmet lukkes</source>
        <translation>Accept the word until the program closes</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="56"/>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="58"/>
        <source>Temaer på noten</source>
        <translation>Themes of the note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="57"/>
        <source>&amp;Fjern tag</source>
        <translation>&amp;Remove tag</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="60"/>
        <source>Markér tekst og tryk Ctrl+1 … Ctrl+5 for at tagge den med et tema.</source>
        <translation>Select text and press Ctrl+1 … Ctrl+5 to tag it with a theme.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="83"/>
        <source>{0} – hele noten</source>
        <translation>{0} – whole note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/tag_panel.py" line="87"/>
        <source>citat</source>
        <translation>quote</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="196"/>
        <source>Redigér besøg</source>
        <translation>Edit visit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="196"/>
        <source>Planlæg besøg</source>
        <translation>Plan visit</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="198"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="199"/>
        <source>&amp;Starter:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="200"/>
        <source>S&amp;lutter:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="201"/>
        <source>S&amp;ted:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="202"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="203"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="204"/>
        <source>&amp;Interviewguide:</source>
        <translation>&amp;Interview guide:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="205"/>
        <source>&amp;Høringssvar:</source>
        <translation>&amp;Hearing input:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="206"/>
        <source>Sekretariatets &amp;gennemgang:</source>
        <translation>Secretariat&apos;s re&amp;view:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="207"/>
        <source>Besked til &amp;medlemmet:</source>
        <translation>Message to the &amp;member:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="213"/>
        <source>&amp;Aktører</source>
        <translation>&amp;Actors</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="214"/>
        <source>&amp;Deltagende medlemmer</source>
        <translation>Attending &amp;members</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="215"/>
        <source>Temaer i &amp;fokus</source>
        <translation>Themes in &amp;focus</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="220"/>
        <source>Find aktør …</source>
        <translation>Find actor …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="221"/>
        <source>Find aktør</source>
        <translation>Find actor</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="222"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="223"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_dialog.py" line="263"/>
        <source>Besøget skal have en titel.</source>
        <translation>The visit needs a title.</translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="186"/>
        <source>&amp;Ny note</source>
        <extracomment>Changes to these mean the visit&apos;s guide may be different: show the visit afresh.</extracomment>
        <translation>&amp;New note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="187"/>
        <source>Ny note under spørgsmålet (Ctrl+Enter)</source>
        <translation>New note under the question (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="188"/>
        <source>&amp;Citat</source>
        <translation>&amp;Quote</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="189"/>
        <source>Markér passagen som citat (Ctrl+Shift+Q)</source>
        <translation>Mark the passage as a quote (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="191"/>
        <source>&amp;Metode</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="191"/>
        <source>Registrér en god metode (Ctrl+Shift+M)</source>
        <translation>Capture a good method (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="192"/>
        <source>&amp;Idé</source>
        <translation>&amp;Idea</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="192"/>
        <source>Registrér en idé (Ctrl+Shift+I)</source>
        <translation>Capture an idea (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="194"/>
        <source>&amp;Ressource</source>
        <translation>&amp;Resource</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="195"/>
        <source>Registrér et ressourcetal (Ctrl+Shift+R)</source>
        <translation>Capture a resource figure (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="197"/>
        <source>&amp;Opfølgning</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="197"/>
        <source>Registrér en opfølgning (Ctrl+Shift+F)</source>
        <translation>Capture a follow-up (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="205"/>
        <source>Tag med {0} (Ctrl+{1})</source>
        <translation>Tag with {0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="206"/>
        <source>&amp;Taler:</source>
        <translation>&amp;Speaker:</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="207"/>
        <source>Taler</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="208"/>
        <source>Skriv et navn (Ctrl+T) …</source>
        <translation>Type a name (Ctrl+T) …</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="209"/>
        <source>Interviewguide</source>
        <translation>Interview guide</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="210"/>
        <source>Noter under spørgsmålet</source>
        <translation>Notes under the question</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="211"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="212"/>
        <source>Skriv noten her. Ctrl+Enter: ny note.</source>
        <translation>Type the note here. Ctrl+Enter: new note.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="213"/>
        <source>Noteværktøjer</source>
        <translation>Note tools</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="325"/>
        <source>Øvrige noter</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="403"/>
        <source>(tom note)</source>
        <translation>(empty note)</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="509"/>
        <source>Markér citatet i noten først.</source>
        <translation>Select the quote in the note first.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="517"/>
        <source>Skriv en note først.</source>
        <translation>Write a note first.</translation>
    </message>
    <message>
        <location filename="../../src/fieldnotes/ui/visit_view.py" line="533"/>
        <source>Registreret: {0}</source>
        <translation>Captured: {0}</translation>
    </message>
</context>
</TS>
