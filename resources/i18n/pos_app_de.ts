<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>BackOffice</name>
        <message>
            <source>Something went wrong; the error was logged.</source>
            <translation>Etwas ist schiefgegangen; der Fehler wurde protokolliert.</translation>
        </message>
        <message>
            <source>{store} — back office</source>
            <translation>{store} — Backoffice</translation>
        </message>
        <message>
            <source>{store} · back office</source>
            <translation>{store} · Backoffice</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <source>Managers and supervisors: sign in with your PIN.</source>
            <translation>Filialleitung und Schichtleitung: mit der PIN anmelden.</translation>
        </message>
        <message>
            <source>Sign-in is not available here.</source>
            <translation>Anmelden ist hier nicht möglich.</translation>
        </message>
        <message>
            <source>Signed in: {role}</source>
            <translation>Angemeldet: {role}</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Provision</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Pläne</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Zu prüfen</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>{section}  Ctrl+{n}</source>
            <translation>{section}  Strg+{n}</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Woche vom {date}</translation>
        </message>
    </context>
    <context>
        <name>Cart</name>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Rabatt</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Return: </source>
            <translation>Rückgabe: </translation>
        </message>
        <message>
            <source>Price × quantity − discount; tax is added in the totals</source>
            <translation>Preis × Menge − Rabatt; die Steuer kommt in den Summen hinzu</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Commission by staff member</source>
            <translation>Provision je Mitarbeiter</translation>
        </message>
        <message>
            <source>Commission by staff member: top {n} of {total}</source>
            <translation>Provision je Mitarbeiter: die besten {n} von {total}</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Provision</translation>
        </message>
        <message>
            <source>Team commission over time</source>
            <translation>Teamprovision im Zeitverlauf</translation>
        </message>
        <message>
            <source>Team commission per day</source>
            <translation>Teamprovision pro Tag</translation>
        </message>
        <message>
            <source>Team commission per week</source>
            <translation>Teamprovision pro Woche</translation>
        </message>
    </context>
    <context>
        <name>Checkout</name>
        <message>
            <source>Cash</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Guthaben</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Geschenkkarte</translation>
        </message>
        <message>
            <source>Refund {amount} — give cash</source>
            <translation>Erstattung {amount} — bar auszahlen</translation>
        </message>
        <message>
            <source>Refund {amount} — to the card</source>
            <translation>Erstattung {amount} — auf die Karte</translation>
        </message>
        <message>
            <source>Refund {amount} — as store credit</source>
            <translation>Erstattung {amount} — als Guthaben</translation>
        </message>
        <message>
            <source>Refund {amount} — to a gift card</source>
            <translation>Erstattung {amount} — auf eine Geschenkkarte</translation>
        </message>
        <message>
            <source>Checkout</source>
            <translation>Bezahlen</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>Zu zahlen</translation>
        </message>
        <message>
            <source>Tenders</source>
            <translation>Zahlungen</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Remove tender  Del</source>
            <translation>Entfernen  Entf</translation>
        </message>
        <message>
            <source>Remove the selected tender (Del)</source>
            <translation>Die gewählte Zahlung entfernen (Entf)</translation>
        </message>
        <message>
            <source>Back to sale  Esc</source>
            <translation>Zurück  Esc</translation>
        </message>
        <message>
            <source>Back to the sale (Esc)</source>
            <translation>Zurück zum Verkauf (Esc)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Complete sale  Enter</source>
            <translation>Verkauf abschließen  Eingabe</translation>
        </message>
        <message>
            <source>Complete the sale (Enter)</source>
            <translation>Den Verkauf abschließen (Eingabe)</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Dezimaltrennzeichen</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Letzte Ziffer löschen</translation>
        </message>
        <message>
            <source>Clear what was typed</source>
            <translation>Eingabe löschen</translation>
        </message>
        <message>
            <source>Receipt?</source>
            <translation>Beleg?</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>Beleg drucken</translation>
        </message>
        <message>
            <source>Print the receipt</source>
            <translation>Den Beleg drucken</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>Kein Beleg</translation>
        </message>
        <message>
            <source>Email receipt</source>
            <translation>Beleg per E-Mail</translation>
        </message>
        <message>
            <source>Email the receipt</source>
            <translation>Den Beleg per E-Mail senden</translation>
        </message>
        <message>
            <source>Not available yet: email receipts need customer records</source>
            <translation>Noch nicht verfügbar: E-Mail-Belege brauchen Kundendaten</translation>
        </message>
        <message>
            <source>Email receipts are not available yet: the till has no customer records.</source>
            <translation>E-Mail-Belege sind noch nicht verfügbar: die Kasse hat keine Kundendaten.</translation>
        </message>
        <message>
            <source>Next sale: scan the first item</source>
            <translation>Nächster Verkauf: ersten Artikel scannen</translation>
        </message>
        <message>
            <source>Next customer: scan the first item</source>
            <translation>Nächster Kunde: ersten Artikel scannen</translation>
        </message>
        <message>
            <source>Save PDF  Ctrl+S</source>
            <translation>PDF speichern  Strg+S</translation>
        </message>
        <message>
            <source>Save the receipt as PDF (Ctrl+S)</source>
            <translation>Den Beleg als PDF speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Something went wrong; the sale is safe. The error was logged.</source>
            <translation>Etwas ist schiefgegangen; der Verkauf ist sicher. Der Fehler wurde protokolliert.</translation>
        </message>
        <message>
            <source>Refunded in full</source>
            <translation>Vollständig erstattet</translation>
        </message>
        <message>
            <source>Paid in full</source>
            <translation>Vollständig bezahlt</translation>
        </message>
        <message>
            <source>Give {amount} change</source>
            <translation>{amount} Wechselgeld geben</translation>
        </message>
        <message>
            <source>Enter completes the refund</source>
            <translation>Eingabe schließt die Erstattung ab</translation>
        </message>
        <message>
            <source>Enter completes the sale</source>
            <translation>Eingabe schließt den Verkauf ab</translation>
        </message>
        <message>
            <source>To refund</source>
            <translation>Zu erstatten</translation>
        </message>
        <message>
            <source>Still to pay</source>
            <translation>Noch zu zahlen</translation>
        </message>
        <message>
            <source>Nothing refunded yet</source>
            <translation>Noch nichts erstattet</translation>
        </message>
        <message>
            <source>No payment yet</source>
            <translation>Noch keine Zahlung</translation>
        </message>
        <message>
            <source>Amount to refund</source>
            <translation>Zu erstattender Betrag</translation>
        </message>
        <message>
            <source>Amount handed over</source>
            <translation>Erhaltener Betrag</translation>
        </message>
        <message>
            <source>{tender}  {key}
needs approval</source>
            <translation>{tender}  {key}
braucht Freigabe</translation>
        </message>
        <message>
            <source>{tender}  {key}
original tender</source>
            <translation>{tender}  {key}
ursprüngliche Zahlart</translation>
        </message>
        <message>
            <source>Complete refund  Enter</source>
            <translation>Erstattung abschließen  Eingabe</translation>
        </message>
        <message>
            <source>Complete the refund (Enter)</source>
            <translation>Die Erstattung abschließen (Eingabe)</translation>
        </message>
        <message>
            <source>change {amount}</source>
            <translation>Wechselgeld {amount}</translation>
        </message>
        <message>
            <source>nothing left</source>
            <translation>nichts offen</translation>
        </message>
        <message>
            <source>{amount} left</source>
            <translation>noch {amount} offen</translation>
        </message>
        <message>
            <source>Cash {amount} ({key})</source>
            <translation>Bar {amount} ({key})</translation>
        </message>
        <message>
            <source>Enter completes. Del removes the selected tender (Up/Down choose it).</source>
            <translation>Eingabe schließt ab. Entf entfernt die gewählte Zahlung (Auf/Ab wählt sie).</translation>
        </message>
        <message>
            <source>Enter refunds it to {tender}, as it was paid. Another tender needs a supervisor.</source>
            <translation>Eingabe erstattet auf {tender}, wie bezahlt wurde. Eine andere Zahlart braucht die Schichtleitung.</translation>
        </message>
        <message>
            <source>Type the amount handed over and press Enter for cash, or choose a tender (F1-F4).</source>
            <translation>Erhaltenen Betrag eingeben und Eingabe für Bar drücken, oder Zahlart wählen (F1-F4).</translation>
        </message>
        <message>
            <source>That was a scan ({code}), not an amount. To add an item, go back to the sale (Esc).</source>
            <translation>Das war ein Scan ({code}), kein Betrag. Um einen Artikel hinzuzufügen, zurück zum Verkauf (Esc).</translation>
        </message>
        <message>
            <source>A tender of zero pays nothing</source>
            <translation>Eine Zahlung über null bezahlt nichts</translation>
        </message>
        <message>
            <source>Type the amount handed over and press Enter, or choose a tender: F1 takes exactly what is due in cash.</source>
            <translation>Den erhaltenen Betrag eingeben und Eingabe drücken, oder eine Zahlart wählen: F1 nimmt genau den offenen Betrag bar.</translation>
        </message>
        <message>
            <source>Only cash can be more than what is left ({amount})</source>
            <translation>Nur Bargeld darf mehr als der offene Betrag sein ({amount})</translation>
        </message>
        <message>
            <source>Approval code or last 4 digits (*1234)</source>
            <translation>Genehmigungscode oder letzte 4 Ziffern (*1234)</translation>
        </message>
        <message>
            <source>{tender} {amount}: type the approval code or the card's last 4 digits, then Enter. Esc cancels.</source>
            <translation>{tender} {amount}: Genehmigungscode oder die letzten 4 Ziffern der Karte eingeben, dann Eingabe. Esc bricht ab.</translation>
        </message>
        <message>
            <source>Reference: after Card, Store credit or Gift card</source>
            <translation>Referenz (nach F2, F3 oder F4)</translation>
        </message>
        <message>
            <source>refund {amount} to {tender}</source>
            <translation>{amount} erstatten auf {tender}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>The drawer did not answer</source>
            <translation>Die Schublade hat nicht geantwortet</translation>
        </message>
        <message>
            <source>{problem}: the drawer did not open. The sale is complete.</source>
            <translation>{problem}: die Schublade ging nicht auf. Der Verkauf ist abgeschlossen.</translation>
        </message>
        <message>
            <source>Refund complete — receipt #{no}</source>
            <translation>Erstattung abgeschlossen — Beleg Nr. {no}</translation>
        </message>
        <message>
            <source>Give {amount} cash</source>
            <translation>{amount} bar auszahlen</translation>
        </message>
        <message>
            <source>Refunded {amount}</source>
            <translation>Erstattet {amount}</translation>
        </message>
        <message>
            <source>{amount} to {tender}</source>
            <translation>{amount} auf {tender}</translation>
        </message>
        <message>
            <source>Sale complete — receipt #{no}</source>
            <translation>Verkauf abgeschlossen — Beleg Nr. {no}</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Kein Wechselgeld</translation>
        </message>
        <message>
            <source>Total {total}  ·  paid {paid}</source>
            <translation>Summe {total}  ·  bezahlt {paid}</translation>
        </message>
        <message>
            <source>The default: Enter</source>
            <translation>Die Vorgabe: Eingabe</translation>
        </message>
        <message>
            <source>Enter: {choice}. A scan starts the next sale.</source>
            <translation>Eingabe: {choice}. Ein Scan beginnt den nächsten Verkauf.</translation>
        </message>
        <message>
            <source>Sale complete — receipt #{no}, change {amount}</source>
            <translation>Verkauf abgeschlossen — Beleg Nr. {no}, Wechselgeld {amount}</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Drucken fehlgeschlagen</translation>
        </message>
        <message>
            <source>{problem}. The sale is complete; Ctrl+R reprints.</source>
            <translation>{problem}. Der Verkauf ist abgeschlossen; Strg+R druckt erneut.</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>Beleg speichern</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
    </context>
    <context>
        <name>Commission</name>
        <message>
            <source>No commission yet this period.
Sales by staff on a commission plan appear here as soon as they are made (and, for other terminals, synced).</source>
            <translation>In diesem Zeitraum noch keine Provision.
Verkäufe von Mitarbeitern mit Provisionsplan erscheinen hier, sobald sie getätigt (und bei anderen Kassen synchronisiert) sind.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Sales (net)</source>
            <translation>Umsatz (netto)</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Provision</translation>
        </message>
        <message>
            <source>Clawbacks</source>
            <translation>Rückbuchungen</translation>
        </message>
        <message>
            <source>Bonuses &amp; tiers</source>
            <translation>Boni &amp; Stufen</translation>
        </message>
        <message>
            <source>Tier progress</source>
            <translation>Stufenfortschritt</translation>
        </message>
        <message>
            <source>Bonus progress</source>
            <translation>Bonusfortschritt</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>{n} units</source>
            <translation>{n} Stück</translation>
        </message>
        <message>
            <source>Tier {n} of {count}</source>
            <translation>Stufe {n} von {count}</translation>
        </message>
        <message>
            <source>top tier</source>
            <translation>höchste Stufe</translation>
        </message>
        <message>
            <source>{amount} to go</source>
            <translation>Noch {amount}</translation>
        </message>
        <message>
            <source>{amount} to tier {n}</source>
            <translation>{amount} bis Stufe {n}</translation>
        </message>
        <message>
            <source>{amount} earned</source>
            <translation>{amount} verdient</translation>
        </message>
        <message>
            <source>no bonus in this plan</source>
            <translation>kein Bonus in diesem Plan</translation>
        </message>
        <message>
            <source>{amount} to a {bonus} bonus</source>
            <translation>{amount} bis zu {bonus} Bonus</translation>
        </message>
        <message>
            <source>{amount} to {bonus}</source>
            <translation>{amount} bis {bonus}</translation>
        </message>
        <message>
            <source>Double-click a figure to see the sales behind it ({n} lines)</source>
            <translation>Doppelklick auf eine Zahl zeigt die Verkäufe dahinter ({n} Zeilen)</translation>
        </message>
        <message>
            <source>No tiers</source>
            <translation>Keine Stufen</translation>
        </message>
        <message>
            <source>No bonus</source>
            <translation>Kein Bonus</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No records behind this figure in this period.</source>
            <translation>Keine Datensätze hinter dieser Zahl in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>{n} record(s) · sales {sales} · commission {commission}</source>
            <translation>{n} Datensatz/-sätze · Umsatz {sales} · Provision {commission}</translation>
        </message>
        <message>
            <source>Export CSV…  Ctrl+E</source>
            <translation>CSV exportieren…  Strg+E</translation>
        </message>
        <message>
            <source>Export PDF…  Ctrl+P</source>
            <translation>PDF exportieren…  Strg+P</translation>
        </message>
        <message>
            <source>All commission</source>
            <translation>Gesamte Provision</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Verkäufe</translation>
        </message>
        <message>
            <source>Bonuses and tier adjustments</source>
            <translation>Boni und Stufenanpassungen</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Zu prüfen</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Verkauf</translation>
        </message>
        <message>
            <source>Return (clawback)</source>
            <translation>Rückgabe (Rückbuchung)</translation>
        </message>
        <message>
            <source>Tier adjustment</source>
            <translation>Stufenanpassung</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Close  Esc</source>
            <translation>Schließen  Esc</translation>
        </message>
        <message>
            <source>Double-click a figure to see the sales behind it</source>
            <translation>Doppelklick auf eine Zahl zeigt die Verkäufe dahinter</translation>
        </message>
        <message>
            <source>One row per staff member, for payroll</source>
            <translation>Eine Zeile je Mitarbeiter, für die Lohnabrechnung</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Commission per staff member</source>
            <translation>Provision je Mitarbeiter</translation>
        </message>
        <message>
            <source>Commission · {period}</source>
            <translation>Provision · {period}</translation>
        </message>
        <message>
            <source>The commission report could not be read: {reason}</source>
            <translation>Der Provisionsbericht konnte nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{n} staff</source>
            <translation>{n} Mitarbeiter</translation>
        </message>
        <message>
            <source>sales {amount}</source>
            <translation>Umsatz {amount}</translation>
        </message>
        <message>
            <source>commission {amount}</source>
            <translation>Provision {amount}</translation>
        </message>
        <message>
            <source>clawbacks {amount}</source>
            <translation>Rückbuchungen {amount}</translation>
        </message>
        <message>
            <source>bonuses &amp; tiers {amount}</source>
            <translation>Boni &amp; Stufen {amount}</translation>
        </message>
        <message>
            <source>{n} record(s) need review</source>
            <translation>{n} Datensatz/-sätze zu prüfen</translation>
        </message>
        <message>
            <source>not shown: {what}</source>
            <translation>nicht angezeigt: {what}</translation>
        </message>
        <message>
            <source>{n} record(s) in {currency}</source>
            <translation>{n} Datensatz/-sätze in {currency}</translation>
        </message>
        <message>
            <source>Team: {parts}</source>
            <translation>Team: {parts}</translation>
        </message>
        <message>
            <source>Export commission as {kind}</source>
            <translation>Provision als {kind} exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Export records as CSV</source>
            <translation>Datensätze als CSV exportieren</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message>
            <source>This sale: commission needs review (a manager will check)</source>
            <translation>Dieser Verkauf: Provision wird geprüft (durch die Leitung)</translation>
        </message>
        <message>
            <source>This sale {amount}</source>
            <translation>Dieser Verkauf {amount}</translation>
        </message>
        <message>
            <source> (of {amount} shared)</source>
            <translation> (von {amount} geteilt)</translation>
        </message>
        <message>
            <source>{n} units</source>
            <translation>{n} Stück</translation>
        </message>
        <message>
            <source>tier {tier}/{tiers}, {amount} to tier {next}</source>
            <translation>Stufe {tier}/{tiers}, {amount} bis Stufe {next}</translation>
        </message>
        <message>
            <source>top tier ({tiers}/{tiers})</source>
            <translation>höchste Stufe ({tiers}/{tiers})</translation>
        </message>
        <message>
            <source>{amount} to a {bonus} bonus</source>
            <translation>{amount} bis zu {bonus} Bonus</translation>
        </message>
        <message>
            <source>bonus {amount} earned</source>
            <translation>Bonus {amount} verdient</translation>
        </message>
        <message>
            <source>this till only</source>
            <translation>nur diese Kasse</translation>
        </message>
        <message>
            <source>Only {n} × {title} should be in stock; {sale} in this sale</source>
            <translation>Nur {n} × {title} sollten auf Lager sein; {sale} in diesem Verkauf</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Guthaben</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Geschenkkarte</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Manager approval</source>
            <translation>Freigabe durch Leitung</translation>
        </message>
        <message>
            <source>{title}: {what}</source>
            <translation>{title}: {what}</translation>
        </message>
        <message>
            <source>Choose who approves (touch, arrow keys or the first letters), then they type their PIN. Esc cancels.</source>
            <translation>Wählen, wer freigibt (antippen, Pfeiltasten oder Anfangsbuchstaben), dann gibt die Person ihre PIN ein. Esc bricht ab.</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Freigebende Person</translation>
        </message>
        <message>
            <source>Approver's PIN</source>
            <translation>PIN der freigebenden Person</translation>
        </message>
        <message>
            <source>The approver's PIN, on the keys or the pad; Enter approves</source>
            <translation>Die PIN der freigebenden Person, per Tastatur oder Tastenfeld; Eingabe gibt frei</translation>
        </message>
        <message>
            <source>Approval message</source>
            <translation>Freigabemeldung</translation>
        </message>
        <message>
            <source>Approve (Enter)</source>
            <translation>Freigeben (Eingabe)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Freigeben</translation>
        </message>
        <message>
            <source>Cancel approval</source>
            <translation>Freigabe abbrechen</translation>
        </message>
        <message>
            <source>That was a scan, not a PIN: the approver types their PIN</source>
            <translation>Das war ein Scan, keine PIN: die freigebende Person gibt ihre PIN ein</translation>
        </message>
        <message>
            <source>Choose who approves first</source>
            <translation>Zuerst wählen, wer freigibt</translation>
        </message>
        <message>
            <source>Type the approver's PIN</source>
            <translation>PIN der freigebenden Person eingeben</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Rabatt</translation>
        </message>
        <message>
            <source>Line: {title} (Alt+L)</source>
            <translation>Zeile: {title} (Alt+L)</translation>
        </message>
        <message>
            <source>Line (Alt+L)</source>
            <translation>Zeile (Alt+L)</translation>
        </message>
        <message>
            <source>Discount on the selected line</source>
            <translation>Rabatt auf die gewählte Zeile</translation>
        </message>
        <message>
            <source>Whole sale (Alt+W)</source>
            <translation>Ganzer Verkauf (Alt+W)</translation>
        </message>
        <message>
            <source>Discount on the whole sale</source>
            <translation>Rabatt auf den ganzen Verkauf</translation>
        </message>
        <message>
            <source>Percent % (Alt+P)</source>
            <translation>Prozent % (Alt+P)</translation>
        </message>
        <message>
            <source>Discount in percent</source>
            <translation>Rabatt in Prozent</translation>
        </message>
        <message>
            <source>Amount {symbol} (Alt+A)</source>
            <translation>Betrag {symbol} (Alt+A)</translation>
        </message>
        <message>
            <source>Discount as an amount of money</source>
            <translation>Rabatt als Geldbetrag</translation>
        </message>
        <message>
            <source>Discount value</source>
            <translation>Rabattwert</translation>
        </message>
        <message>
            <source>Type the discount, then Enter; 0 removes the discount</source>
            <translation>Rabatt eingeben, dann Eingabe; 0 entfernt den Rabatt</translation>
        </message>
        <message>
            <source>{percent} ({key})</source>
            <translation>{percent} ({key})</translation>
        </message>
        <message>
            <source>Discount {percent}</source>
            <translation>Rabatt {percent}</translation>
        </message>
        <message>
            <source>Applies it at once; key {key}</source>
            <translation>Sofort anwenden; Taste {key}</translation>
        </message>
        <message>
            <source>Reason (optional): damaged, loyalty, price match…</source>
            <translation>Grund (optional): beschädigt, Treue, Preisangleich…</translation>
        </message>
        <message>
            <source>Discount reason</source>
            <translation>Rabattgrund</translation>
        </message>
        <message>
            <source>Discount message</source>
            <translation>Rabattmeldung</translation>
        </message>
        <message>
            <source>Apply (Enter)</source>
            <translation>Anwenden (Eingabe)</translation>
        </message>
        <message>
            <source>Apply the discount</source>
            <translation>Den Rabatt anwenden</translation>
        </message>
        <message>
            <source>Cancel the discount</source>
            <translation>Den Rabatt abbrechen</translation>
        </message>
        <message>
            <source>Amount, e.g. {example}; 0 removes the discount</source>
            <translation>Betrag, z. B. {example}; 0 entfernt den Rabatt</translation>
        </message>
        <message>
            <source>Percent, e.g. 10 for 10 %; 0 removes the discount</source>
            <translation>Prozent, z. B. 10 für 10 %; 0 entfernt den Rabatt</translation>
        </message>
        <message>
            <source>removing the discount on line {no}</source>
            <translation>Rabatt von Zeile {no} entfernen</translation>
        </message>
        <message>
            <source>removing the discount on the sale</source>
            <translation>Rabatt vom Verkauf entfernen</translation>
        </message>
        <message>
            <source>discount {value} on line {no}</source>
            <translation>Rabatt {value} auf Zeile {no}</translation>
        </message>
        <message>
            <source>discount {value} on the whole sale</source>
            <translation>Rabatt {value} auf den ganzen Verkauf</translation>
        </message>
        <message>
            <source>Type the discount (0 removes it)</source>
            <translation>Rabatt eingeben (0 entfernt ihn)</translation>
        </message>
        <message>
            <source>Not a number: {text}</source>
            <translation>Keine Zahl: {text}</translation>
        </message>
        <message>
            <source>A discount cannot be negative</source>
            <translation>Ein Rabatt darf nicht negativ sein</translation>
        </message>
        <message>
            <source>Use at most two decimals for a percentage</source>
            <translation>Höchstens zwei Nachkommastellen für Prozent</translation>
        </message>
        <message>
            <source>A discount cannot be more than 100 %</source>
            <translation>Ein Rabatt darf nicht über 100 % liegen</translation>
        </message>
        <message>
            <source>Held sales</source>
            <translation>Geparkte Verkäufe</translation>
        </message>
        <message>
            <source>No held sales. Press F5 on a sale to hold it for later.</source>
            <translation>Keine geparkten Verkäufe. F5 parkt einen Verkauf für später.</translation>
        </message>
        <message>
            <source>Up and Down choose a sale; Enter resumes it</source>
            <translation>Auf und Ab wählen einen Verkauf; Eingabe setzt ihn fort</translation>
        </message>
        <message>
            <source>Held at</source>
            <translation>Geparkt um</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Kassierer</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>{time} (parked)</source>
            <translation>{time} (abgestellt)</translation>
        </message>
        <message>
            <source>Resume (Enter)</source>
            <translation>Fortsetzen (Eingabe)</translation>
        </message>
        <message>
            <source>Resume the selected sale</source>
            <translation>Den gewählten Verkauf fortsetzen</translation>
        </message>
        <message>
            <source>Close held sales</source>
            <translation>Geparkte Verkäufe schließen</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Wrong PIN or not allowed</source>
            <translation>Falsche PIN oder nicht erlaubt</translation>
        </message>
        <message>
            <source>Too many wrong PINs; try again in {n} s</source>
            <translation>Zu viele falsche PINs; erneut versuchen in {n} s</translation>
        </message>
        <message>
            <source>Too many wrong PINs; try again in {n} min</source>
            <translation>Zu viele falsche PINs; erneut versuchen in {n} Min.</translation>
        </message>
        <message>
            <source>Locked after too many wrong PINs: a manager must unlock it</source>
            <translation>Nach zu vielen falschen PINs gesperrt: die Leitung muss entsperren</translation>
        </message>
        <message>
            <source>                 nothing was rejected: every row stays queued and goes once the configuration or the role is fixed</source>
            <translation>nichts wurde abgelehnt: jede Zeile bleibt in der Warteschlange und geht, sobald die Konfiguration oder die Rolle behoben ist</translation>
        </message>
        <message>
            <source>A PIN is {low} to {high} digits</source>
            <translation>Eine PIN hat {low} bis {high} Ziffern</translation>
        </message>
        <message>
            <source>A Z report is only made for a closed shift</source>
            <translation>Ein Z-Bericht wird nur für eine geschlossene Schicht erstellt</translation>
        </message>
        <message>
            <source>A clawback needs a positive returned quantity of a sold line</source>
            <translation>Eine Rückbuchung braucht eine positive zurückgegebene Menge einer verkauften Zeile</translation>
        </message>
        <message>
            <source>A count cannot be negative: count what is on the shelf (0 if it is empty)</source>
            <translation>Eine Zählung darf nicht negativ sein: zählen, was im Regal steht (0, wenn es leer ist)</translation>
        </message>
        <message>
            <source>A custom period needs its first and last day</source>
            <translation>Ein eigener Zeitraum braucht seinen ersten und letzten Tag</translation>
        </message>
        <message>
            <source>A discount cannot be more than 100 % (got {pct} %)</source>
            <translation>Ein Rabatt darf nicht mehr als 100 % sein (angegeben: {pct} %)</translation>
        </message>
        <message>
            <source>A discount cannot be negative</source>
            <translation>Ein Rabatt darf nicht negativ sein</translation>
        </message>
        <message>
            <source>A discount of {value} is more than the amount it applies to ({base})</source>
            <translation>Ein Rabatt von {value} ist mehr als der Betrag, auf den er sich bezieht ({base})</translation>
        </message>
        <message>
            <source>A line must be attributed to at least one staff member</source>
            <translation>Eine Zeile muss mindestens einer Person zugeordnet sein</translation>
        </message>
        <message>
            <source>A paid-in or paid-out amount must be more than zero</source>
            <translation>Eine Einlage oder Entnahme muss größer als null sein</translation>
        </message>
        <message>
            <source>A paid-in or paid-out needs a reason</source>
            <translation>Eine Einlage oder Entnahme braucht einen Grund</translation>
        </message>
        <message>
            <source>A plan needs an id and a name</source>
            <translation>Ein Plan braucht eine ID und einen Namen</translation>
        </message>
        <message>
            <source>A post-void cannot itself be post-voided</source>
            <translation>Ein nachträgliches Storno kann nicht selbst storniert werden</translation>
        </message>
        <message>
            <source>A price cannot be negative</source>
            <translation>Ein Preis darf nicht negativ sein</translation>
        </message>
        <message>
            <source>A report period must end after it starts</source>
            <translation>Ein Berichtszeitraum muss nach seinem Beginn enden</translation>
        </message>
        <message>
            <source>A return reason is at most {n} characters</source>
            <translation>Ein Rückgabegrund hat höchstens {n} Zeichen</translation>
        </message>
        <message>
            <source>A returned line cannot be returned again</source>
            <translation>Eine zurückgegebene Zeile kann nicht erneut zurückgegeben werden</translation>
        </message>
        <message>
            <source>A returned line keeps the discount it was sold with</source>
            <translation>Eine zurückgegebene Zeile behält den Rabatt, mit dem sie verkauft wurde</translation>
        </message>
        <message>
            <source>A shift is already open on terminal {terminal} (opened by {by} at {at}); close it with a Z report before opening another</source>
            <translation>An Kasse {terminal} ist schon eine Schicht offen (geöffnet von {by} um {at}); sie mit einem Z-Bericht schließen, bevor eine neue geöffnet wird</translation>
        </message>
        <message>
            <source>A sold line cannot become a return line, or the reverse</source>
            <translation>Eine verkaufte Zeile kann keine Rückgabezeile werden, und umgekehrt</translation>
        </message>
        <message>
            <source>A staff member appears twice in the split</source>
            <translation>Eine Person steht zweimal in der Aufteilung</translation>
        </message>
        <message>
            <source>A staff member must be given</source>
            <translation>Eine Person muss angegeben werden</translation>
        </message>
        <message>
            <source>A stock change could not be read and was set aside: tell support</source>
            <translation>Eine Bestandsänderung konnte nicht gelesen werden und wurde zurückgestellt: Wenden Sie sich an den Support</translation>
        </message>
        <message>
            <source>A tender must be positive</source>
            <translation>Eine Zahlung muss positiv sein</translation>
        </message>
        <message>
            <source>A tender of zero does not pay anything</source>
            <translation>Eine Zahlung von null bezahlt nichts</translation>
        </message>
        <message>
            <source>A tender reference must be {forms}; {n} characters were typed</source>
            <translation>Eine Zahlungsreferenz muss {forms} sein; {n} Zeichen wurden eingegeben</translation>
        </message>
        <message>
            <source>A tier schedule needs at least one tier</source>
            <translation>Eine Stufenstaffel braucht mindestens eine Stufe</translation>
        </message>
        <message>
            <source>A {by} cannot give or change the role {role}</source>
            <translation>{by} kann die Rolle {role} nicht vergeben oder ändern</translation>
        </message>
        <message>
            <source>A {kind} tender needs its reference: {forms}</source>
            <translation>Eine Zahlung per {kind} braucht ihre Referenz: {forms}</translation>
        </message>
        <message>
            <source>A {role} cannot read the journal; a manager or owner can</source>
            <translation>{role} darf das Journal nicht lesen; die Filialleitung oder der Inhaber darf das</translation>
        </message>
        <message>
            <source>A {role} cannot {what}; only a {need} can</source>
            <translation>{role} darf nicht {what}; nur {need} darf das</translation>
        </message>
        <message>
            <source>Add at least one tier, starting at 0</source>
            <translation>Mindestens eine Stufe hinzufügen, ab 0</translation>
        </message>
        <message>
            <source>Add something to the sale before taking payment</source>
            <translation>Vor dem Kassieren etwas zum Verkauf hinzufügen</translation>
        </message>
        <message>
            <source>Amount per unit: {error}</source>
            <translation>Betrag pro Einheit: {error}</translation>
        </message>
        <message>
            <source>Amount: {error}</source>
            <translation>Betrag: {error}</translation>
        </message>
        <message>
            <source>An empty sale cannot be completed</source>
            <translation>Ein leerer Verkauf kann nicht abgeschlossen werden</translation>
        </message>
        <message>
            <source>An opening float of {amount} is not plausible</source>
            <translation>Ein Anfangswechselgeld von {amount} ist nicht plausibel</translation>
        </message>
        <message>
            <source>Attention        {count} item(s) need a person: pos-app reconcile --status</source>
            <translation>Achtung: {count} Eintrag/Einträge brauchen einen Menschen: pos-app reconcile --status</translation>
        </message>
        <message>
            <source>Barcode {barcode} is on SKUs {owner} and {other} in Shopify. Scanning it rings up {owner}; {other} has no barcode here until the duplicate is fixed in Shopify admin</source>
            <translation>Der Barcode {barcode} ist in Shopify bei den SKUs {owner} und {other} hinterlegt. Beim Scannen wird {owner} erfasst; {other} hat hier keinen Barcode, bis das Duplikat in der Shopify-Verwaltung behoben ist</translation>
        </message>
        <message>
            <source>Cannot count {key}: the tenders are {names}</source>
            <translation>{key} kann nicht gezählt werden: die Zahlarten sind {names}</translation>
        </message>
        <message>
            <source>Cannot deactivate {name}: they are the store's last manager. Add another manager first</source>
            <translation>{name} kann nicht deaktiviert werden: die letzte Filialleitung des Geschäfts. Zuerst eine weitere Filialleitung hinzufügen</translation>
        </message>
        <message>
            <source>Cannot pay out {amount}: the drawer should only hold {held}</source>
            <translation>{amount} kann nicht entnommen werden: in der Lade sollten nur {held} sein</translation>
        </message>
        <message>
            <source>Cannot take the manager's role from {name}: they are the store's last manager. Add another manager first</source>
            <translation>{name} kann die Leitungsrolle nicht entzogen werden: die letzte Filialleitung des Geschäfts. Zuerst eine weitere Filialleitung hinzufügen</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>Cash rounding must be 1 (none) or more minor units, e.g. 5</source>
            <translation>Die Bargeldrundung muss 1 (keine) oder mehr kleinste Einheiten sein, z. B. 5</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Kasse</translation>
        </message>
        <message>
            <source>Catalog          cancelled at {done} of {total} products: the next reconcile pulls the rest</source>
            <translation>Katalog: abgebrochen bei {done} von {total} Produkten: der nächste Abgleich ruft den Rest ab</translation>
        </message>
        <message>
            <source>Catalog          cancelled at {done} products: the next reconcile pulls the rest</source>
            <translation>Katalog: abgebrochen bei {done} Produkten: der nächste Abgleich ruft den Rest ab</translation>
        </message>
        <message>
            <source>Catalog          not pulled (cancelled): the next reconcile pulls it</source>
            <translation>Katalog: nicht abgerufen (abgebrochen): der nächste Abgleich ruft ihn ab</translation>
        </message>
        <message>
            <source>Catalog          {read} variants read, {new} new, {changed} changed, {no_sku} without SKU, {collections} collections read</source>
            <translation>Katalog: {read} Varianten gelesen, {new} neu, {changed} geändert, {no_sku} ohne SKU, {collections} Kollektionen gelesen</translation>
        </message>
        <message>
            <source>Central database (store {store})</source>
            <translation>Zentrale Datenbank (Filiale {store})</translation>
        </message>
        <message>
            <source>Central schema   {what}</source>
            <translation>Zentrales Schema: {what}</translation>
        </message>
        <message>
            <source>Central schema   {what} ({before} -&gt; {after})</source>
            <translation>Zentrales Schema: {what} ({before} -&gt; {after})</translation>
        </message>
        <message>
            <source>Central sync backing off until {until}</source>
            <translation>Zentrale Synchronisierung wartet bis {until}</translation>
        </message>
        <message>
            <source>Choose or type the printer's form (e.g. usb:04b8:0202, network:192.0.2.10:9100)</source>
            <translation>Den Drucker wählen oder seine Form eingeben (z. B. usb:04b8:0202, network:192.0.2.10:9100)</translation>
        </message>
        <message>
            <source>Choose your name first, then type your PIN</source>
            <translation>Zuerst den Namen wählen, dann die PIN eingeben</translation>
        </message>
        <message>
            <source>Code contains control characters: {code}</source>
            <translation>Code enthält Steuerzeichen: {code}</translation>
        </message>
        <message>
            <source>Code is too long ({n} characters): {start}…</source>
            <translation>Code ist zu lang ({n} Zeichen): {start}…</translation>
        </message>
        <message>
            <source>Commission plans are saved in the central database, and none is configured</source>
            <translation>Provisionspläne werden in der zentralen Datenbank gespeichert, und keine ist eingerichtet</translation>
        </message>
        <message>
            <source>Commission shares must be positive and add up to 100 %</source>
            <translation>Provisionsanteile müssen positiv sein und 100 % ergeben</translation>
        </message>
        <message>
            <source>Config           [central] written to {path}</source>
            <translation>Konfiguration: [central] geschrieben in {path}</translation>
        </message>
        <message>
            <source>Config           [shopify] written to {path}</source>
            <translation>Konfiguration: [shopify] geschrieben in {path}</translation>
        </message>
        <message>
            <source>Config: [printer] device = {device} written to {path}</source>
            <translation>Konfiguration: [printer] device = {device} geschrieben in {path}</translation>
        </message>
        <message>
            <source>Count every tender taken before closing; missing: {names}</source>
            <translation>Vor dem Schließen jede angenommene Zahlart zählen; es fehlt: {names}</translation>
        </message>
        <message>
            <source>Counted cash cannot be negative</source>
            <translation>Gezähltes Bargeld darf nicht negativ sein</translation>
        </message>
        <message>
            <source>Counted {counted}; this till expected {expected} on hand, but Shopify had {now}. The difference, {variance}, was sent instead: check the item in Shopify admin</source>
            <translation>Gezählt {counted}; diese Kasse erwartete {expected} auf Lager, aber Shopify hatte {now}. Stattdessen wurde die Differenz {variance} gesendet: Prüfen Sie den Artikel in der Shopify-Verwaltung</translation>
        </message>
        <message>
            <source>Counted {counted}; this till expected {expected} on hand, but the stock in Shopify had changed. The difference, {variance}, was sent instead: check the item in Shopify admin</source>
            <translation>Gezählt {counted}; diese Kasse erwartete {expected} auf Lager, aber der Bestand in Shopify hatte sich geändert. Stattdessen wurde die Differenz {variance} gesendet: Prüfen Sie den Artikel in der Shopify-Verwaltung</translation>
        </message>
        <message>
            <source>Counts           {applied} applied, {variances} as variances, {stale} stale</source>
            <translation>Zählungen: {applied} übernommen, {variances} als Abweichungen, {stale} veraltet</translation>
        </message>
        <message>
            <source>Each tier must start above the one before</source>
            <translation>Jede Stufe muss über der vorigen beginnen</translation>
        </message>
        <message>
            <source>Enter the rate</source>
            <translation>Den Satz eingeben</translation>
        </message>
        <message>
            <source>Finding a sale by date or amount is not available here; type the receipt number</source>
            <translation>Die Suche nach Datum oder Betrag ist hier nicht verfügbar; die Belegnummer eingeben</translation>
        </message>
        <message>
            <source>From: {error}</source>
            <translation>Ab: {error}</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Geschenkkarte</translation>
        </message>
        <message>
            <source>Give a date and time range or an amount to find a sale</source>
            <translation>Einen Datums- und Zeitraum oder einen Betrag angeben, um einen Verkauf zu finden</translation>
        </message>
        <message>
            <source>Give a reason for returning {what}: {choices} ({rule})</source>
            <translation>Einen Grund für die Rückgabe angeben ({what}): {choices} ({rule})</translation>
        </message>
        <message>
            <source>Give the plan a name</source>
            <translation>Dem Plan einen Namen geben</translation>
        </message>
        <message>
            <source>Hold or finish the current sale before resuming another</source>
            <translation>Den laufenden Verkauf parken oder abschließen, bevor ein anderer fortgesetzt wird</translation>
        </message>
        <message>
            <source>Invalid {kind} barcode {code}: check digit is {digit}, expected {expected}</source>
            <translation>Ungültiger {kind}-Barcode {code}: Prüfziffer ist {digit}, erwartet {expected}</translation>
        </message>
        <message>
            <source>Journal          {count} record(s) pushed</source>
            <translation>Journal: {count} Datensatz/Datensätze gesendet</translation>
        </message>
        <message>
            <source>Journal          {count} record(s) pushed; STOPPED: {error}</source>
            <translation>Journal: {count} Datensatz/Datensätze gesendet; GESTOPPT: {error}</translation>
        </message>
        <message>
            <source>Levels           {updated} updated ({reads} bulk reads)</source>
            <translation>Bestände: {updated} aktualisiert ({reads} Massenabfragen)</translation>
        </message>
        <message>
            <source>Line {no} is not in this sale</source>
            <translation>Zeile {no} gehört nicht zu diesem Verkauf</translation>
        </message>
        <message>
            <source>Location         {name} ({id})</source>
            <translation>Standort: {name} ({id})</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Filialleitung</translation>
        </message>
        <message>
            <source>Manager approval needed: {action} is above what a {role} may do alone (a {need} or above must approve)</source>
            <translation>Freigabe durch die Leitung nötig: {action} ist mehr, als {role} allein darf ({need} oder höher muss freigeben)</translation>
        </message>
        <message>
            <source>Manager approval needed: {action} of {amount} is above what a {role} may do alone (a {need} or above must approve)</source>
            <translation>Freigabe durch die Leitung nötig: {action} von {amount} ist mehr, als {role} allein darf ({need} oder höher muss freigeben)</translation>
        </message>
        <message>
            <source>Manager approval needed: {what}</source>
            <translation>Freigabe durch die Leitung nötig: {what}</translation>
        </message>
        <message>
            <source>Next: on each terminal, `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`</source>
            <translation>Als Nächstes: auf jedem Terminal `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`</translation>
        </message>
        <message>
            <source>No Shopify stock level is known for {sku} at this location yet</source>
            <translation>Für {sku} ist an diesem Standort noch kein Shopify-Bestand bekannt</translation>
        </message>
        <message>
            <source>No active staff member is called {name}; names are listed on the sign-in screen</source>
            <translation>Keine aktive Person heißt {name}; die Namen stehen auf dem Anmeldebildschirm</translation>
        </message>
        <message>
            <source>No cash drawer is connected</source>
            <translation>Keine Kassenlade angeschlossen</translation>
        </message>
        <message>
            <source>No commission plan covers {staff} on {day}</source>
            <translation>Kein Provisionsplan gilt für {staff} am {day}</translation>
        </message>
        <message>
            <source>No product variant with id {variant}</source>
            <translation>Keine Produktvariante mit der ID {variant}</translation>
        </message>
        <message>
            <source>No product with SKU or code {code}</source>
            <translation>Kein Produkt mit der SKU oder dem Code {code}</translation>
        </message>
        <message>
            <source>No product with barcode {code}</source>
            <translation>Kein Produkt mit dem Barcode {code}</translation>
        </message>
        <message>
            <source>No receipt has been printed on this terminal since start-up</source>
            <translation>Seit dem Start wurde an dieser Kasse kein Beleg gedruckt</translation>
        </message>
        <message>
            <source>No sale {sale}</source>
            <translation>Kein Verkauf {sale}</translation>
        </message>
        <message>
            <source>No shift is open on terminal {terminal}; open one first</source>
            <translation>An Kasse {terminal} ist keine Schicht offen; zuerst eine öffnen</translation>
        </message>
        <message>
            <source>No staff member called “{name}”</source>
            <translation>Keine Person namens „{name}“</translation>
        </message>
        <message>
            <source>No staff member is called {name}</source>
            <translation>Keine Person heißt {name}</translation>
        </message>
        <message>
            <source>No staff member with id {staff}</source>
            <translation>Keine Person mit der ID {staff}</translation>
        </message>
        <message>
            <source>No valid commission plan for {staff} on {day}; unreadable plans: {reasons}</source>
            <translation>Kein gültiger Provisionsplan für {staff} am {day}; unlesbare Pläne: {reasons}</translation>
        </message>
        <message>
            <source>Nobody is signed in; a manager or owner can</source>
            <translation>Niemand ist angemeldet; die Filialleitung oder der Inhaber darf das</translation>
        </message>
        <message>
            <source>Nobody is signed in; only a {need} can</source>
            <translation>Niemand ist angemeldet; nur {need} darf das</translation>
        </message>
        <message>
            <source>Not a receipt number: {typed}</source>
            <translation>Keine Belegnummer: {typed}</translation>
        </message>
        <message>
            <source>Not a set of units of {title}: {spans}</source>
            <translation>Keine Menge von Einheiten von {title}: {spans}</translation>
        </message>
        <message>
            <source>Not enough tendered: {amount} still to pay</source>
            <translation>Zu wenig gezahlt: noch {amount} zu zahlen</translation>
        </message>
        <message>
            <source>Not enough tendered: {amount} still to refund</source>
            <translation>Zu wenig erstattet: noch {amount} zu erstatten</translation>
        </message>
        <message>
            <source>Nothing more is written into it. Read what is still there with `pos-app status` and copy it with `pos-app backup --to DIR`; then put the last good backup back with `pos-app restore FILE` (the damaged file is kept aside).</source>
            <translation>Es wird nichts mehr hineingeschrieben. Was noch da ist, mit `pos-app status` lesen und mit `pos-app backup --to DIR` kopieren; dann die letzte gute Sicherung mit `pos-app restore FILE` zurückspielen (die beschädigte Datei wird beiseitegelegt).</translation>
        </message>
        <message>
            <source>Nothing was scanned</source>
            <translation>Nichts gescannt</translation>
        </message>
        <message>
            <source>Only a completed sale can be post-voided</source>
            <translation>Nur ein abgeschlossener Verkauf kann nachträglich storniert werden</translation>
        </message>
        <message>
            <source>Only a held sale can be resumed; this one is {status}</source>
            <translation>Nur ein geparkter Verkauf kann fortgesetzt werden; dieser ist {status}</translation>
        </message>
        <message>
            <source>Only cash can be more than what is due</source>
            <translation>Nur Bargeld darf den fälligen Betrag übersteigen</translation>
        </message>
        <message>
            <source>Only cash can be more than what is due ({due})</source>
            <translation>Nur Bargeld darf den fälligen Betrag übersteigen ({due})</translation>
        </message>
        <message>
            <source>Only {left} of {quantity} on {what} can still be returned; other returns (completed, held or open at another window) already take the rest ({rule})</source>
            <translation>Nur noch {left} von {quantity} aus {what} können zurückgegeben werden; andere Rückgaben (abgeschlossen, geparkt oder in einem anderen Fenster offen) belegen den Rest ({rule})</translation>
        </message>
        <message>
            <source>Only {left} of {sold} × {title} can still be returned</source>
            <translation>Nur noch {left} von {sold} × {title} können zurückgegeben werden</translation>
        </message>
        <message>
            <source>Open a shift before selling (F10)</source>
            <translation>Vor dem Verkaufen eine Schicht öffnen (F10)</translation>
        </message>
        <message>
            <source>Outcome          {outcome}</source>
            <translation>Ergebnis: {outcome}</translation>
        </message>
        <message>
            <source>Outcome          {outcome}: {message}</source>
            <translation>Ergebnis: {outcome}: {message}</translation>
        </message>
        <message>
            <source>Oversold         none</source>
            <translation>Überverkauft: keine</translation>
        </message>
        <message>
            <source>Oversold         {skus}</source>
            <translation>Überverkauft: {skus}</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>PAUSED           {error}</source>
            <translation>PAUSIERT: {error}</translation>
        </message>
        <message>
            <source>PIN must be {low} to {high} digits</source>
            <translation>Die PIN muss {low} bis {high} Ziffern haben</translation>
        </message>
        <message>
            <source>Part of this sale was returned; return the rest instead</source>
            <translation>Ein Teil dieses Verkaufs wurde zurückgegeben; stattdessen den Rest zurückgeben</translation>
        </message>
        <message>
            <source>Password         in the keyring (service {service}, user {user})</source>
            <translation>Passwort: im Schlüsselbund (Dienst {service}, Benutzer {user})</translation>
        </message>
        <message>
            <source>Password         kept in this computer's keyring</source>
            <translation>Passwort: im Schlüsselbund dieses Computers gespeichert</translation>
        </message>
        <message>
            <source>Plan {name}, bonus {i}: the threshold must be &gt; 0 and the amount &gt;= 0</source>
            <translation>Plan {name}, Bonus {i}: die Schwelle muss &gt; 0 und der Betrag &gt;= 0 sein</translation>
        </message>
        <message>
            <source>Plan {name}, rule {i}</source>
            <translation>Plan {name}, Regel {i}</translation>
        </message>
        <message>
            <source>Plan {name}, spiff {i}: say which items it pays on</source>
            <translation>Plan {name}, Prämie {i}: angeben, für welche Artikel sie zahlt</translation>
        </message>
        <message>
            <source>Plan {name}, spiff {i}: the amount must be &gt;= 0</source>
            <translation>Plan {name}, Prämie {i}: der Betrag muss &gt;= 0 sein</translation>
        </message>
        <message>
            <source>Plan {name}: it must end after it starts</source>
            <translation>Plan {name}: er muss nach seinem Beginn enden</translation>
        </message>
        <message>
            <source>Plan {name}: it pays nothing (no rate, spiff, tier or bonus)</source>
            <translation>Plan {name}: er zahlt nichts (kein Satz, keine Prämie, keine Stufe, kein Bonus)</translation>
        </message>
        <message>
            <source>Plan {name}: {error}</source>
            <translation>Plan {name}: {error}</translation>
        </message>
        <message>
            <source>Prices exclude tax; tax rounded {rounding}; cash rounding {cash}</source>
            <translation>Preise ohne Steuer; Steuer gerundet {rounding}; Bargeldrundung {cash}</translation>
        </message>
        <message>
            <source>Prices include tax; tax rounded {rounding}; cash rounding {cash}</source>
            <translation>Preise enthalten Steuer; Steuer gerundet {rounding}; Bargeldrundung {cash}</translation>
        </message>
        <message>
            <source>Printer {printer}: test page sent ({when})</source>
            <translation>Drucker {printer}: Testseite gesendet ({when})</translation>
        </message>
        <message>
            <source>Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s)</source>
            <translation>Abgerufen: {plans} Plan/Pläne, {staff} Mitarbeitende, {settings} Einstellung(en) geändert, {tills} Periodensumme(n) anderer Kassen</translation>
        </message>
        <message>
            <source>Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s), {flags} flag override(s)</source>
            <translation>Abgerufen: {plans} Plan/Pläne, {staff} Mitarbeitende, {settings} Einstellung(en) geändert, {tills} Periodensumme(n) anderer Kassen, {flags} Funktionsschalter</translation>
        </message>
        <message>
            <source>Pushed           {events} events in {mutations} mutations, {rejected} set aside, {retries} retries</source>
            <translation>Gesendet: {events} Ereignisse in {mutations} Mutationen, {rejected} zurückgestellt, {retries} Wiederholungen</translation>
        </message>
        <message>
            <source>Pushed           {pushed} record(s) in {batches} batch(es) ({topics}) in {seconds} s</source>
            <translation>Gesendet: {pushed} Datensatz/Datensätze in {batches} Stapel(n) ({topics}) in {seconds} s</translation>
        </message>
        <message>
            <source>Pushed           {pushed} record(s) in {batches} batch(es) in {seconds} s</source>
            <translation>Gesendet: {pushed} Datensatz/Datensätze in {batches} Stapel(n) in {seconds} s</translation>
        </message>
        <message>
            <source>Quantity must be a whole number, got {q}</source>
            <translation>Die Menge muss eine ganze Zahl sein, nicht {q}</translation>
        </message>
        <message>
            <source>Quantity {q} is more than the limit of {limit}</source>
            <translation>Menge {q} liegt über dem Limit von {limit}</translation>
        </message>
        <message>
            <source>Rate: {error}</source>
            <translation>Satz: {error}</translation>
        </message>
        <message>
            <source>Receipt {receipt} changed since it was looked up: units {units} of line {line} are returned or being returned now; look the receipt up again ({rule})</source>
            <translation>Beleg {receipt} hat sich seit der Suche geändert: Einheiten {units} von Zeile {line} sind zurückgegeben oder werden es gerade; den Beleg erneut suchen ({rule})</translation>
        </message>
        <message>
            <source>Receipt {receipt} has no line {line}</source>
            <translation>Beleg {receipt} hat keine Zeile {line}</translation>
        </message>
        <message>
            <source>Receipt {receipt} is from another till and the central database can't be reached; use a return without a receipt (manager)</source>
            <translation>Beleg {receipt} stammt von einer anderen Kasse und die zentrale Datenbank ist nicht erreichbar; eine Rückgabe ohne Beleg verwenden (Filialleitung)</translation>
        </message>
        <message>
            <source>Receipt {receipt} is from another till and this terminal is not connected to a central database; use a return without a receipt (manager)</source>
            <translation>Beleg {receipt} stammt von einer anderen Kasse und diese Kasse ist mit keiner zentralen Datenbank verbunden; eine Rückgabe ohne Beleg verwenden (Filialleitung)</translation>
        </message>
        <message>
            <source>Receipt {receipt} is not a completed sale</source>
            <translation>Beleg {receipt} ist kein abgeschlossener Verkauf</translation>
        </message>
        <message>
            <source>Receipt {receipt} reached the central database without its lines; use a return without a receipt (manager)</source>
            <translation>Beleg {receipt} kam ohne seine Zeilen in der zentralen Datenbank an; eine Rückgabe ohne Beleg verwenden (Filialleitung)</translation>
        </message>
        <message>
            <source>Receipt {receipt} was not found</source>
            <translation>Beleg {receipt} wurde nicht gefunden</translation>
        </message>
        <message>
            <source>Receipt {receipt} was not found at any till of this store</source>
            <translation>Beleg {receipt} wurde an keiner Kasse dieses Geschäfts gefunden</translation>
        </message>
        <message>
            <source>Receipts are not available on this terminal</source>
            <translation>Belege sind an dieser Kasse nicht verfügbar</translation>
        </message>
        <message>
            <source>Receipts start at #1.</source>
            <translation>Belege beginnen bei Nr. 1.</translation>
        </message>
        <message>
            <source>Refunds for {what} would come to more than it cost ({refunded} of {paid}); remove the return line and add it again ({rule})</source>
            <translation>Erstattungen für {what} wären höher als der Preis ({refunded} von {paid}); die Rückgabezeile entfernen und neu hinzufügen ({rule})</translation>
        </message>
        <message>
            <source>Rejected         {rejected} this round; {total} need attention</source>
            <translation>Abgelehnt: {rejected} in dieser Runde; {total} brauchen Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Remove the tenders before you hold the sale</source>
            <translation>Vor dem Parken des Verkaufs die Zahlungen entfernen</translation>
        </message>
        <message>
            <source>Return 1 to {limit} units</source>
            <translation>1 bis {limit} Einheiten zurückgeben</translation>
        </message>
        <message>
            <source>Return at least one unit</source>
            <translation>Mindestens eine Einheit zurückgeben</translation>
        </message>
        <message>
            <source>Return line {no} ({title}) has {has}; the store's reasons are {choices}: remove the line and return it again with one ({rule})</source>
            <translation>Rückgabezeile {no} ({title}) hat {has}; die Gründe des Geschäfts sind {choices}: die Zeile entfernen und mit einem davon erneut zurückgeben ({rule})</translation>
        </message>
        <message>
            <source>Return line {no} does not say which units of {title} it refunds; remove it and add it again ({rule})</source>
            <translation>Rückgabezeile {no} sagt nicht, welche Einheiten von {title} sie erstattet; entfernen und neu hinzufügen ({rule})</translation>
        </message>
        <message>
            <source>Returning {returning} after {before} of {sold} units is more than was sold</source>
            <translation>{returning} nach {before} von {sold} Einheiten zurückzugeben ist mehr als verkauft</translation>
        </message>
        <message>
            <source>Reverse the card payment on the card terminal and remove it first</source>
            <translation>Zuerst die Kartenzahlung am Kartenterminal stornieren und entfernen</translation>
        </message>
        <message>
            <source>SKU {sku} is not a stock-tracked Shopify item at this location: its stock change was set aside. Track it in Shopify admin, or fix the SKU</source>
            <translation>SKU {sku} ist an diesem Standort kein Shopify-Artikel mit Bestandsführung: Seine Bestandsänderung wurde zurückgestellt. Aktivieren Sie die Bestandsführung in der Shopify-Verwaltung oder korrigieren Sie die SKU</translation>
        </message>
        <message>
            <source>Sale {sale} should have {n} lines stored, but {found} were found</source>
            <translation>Verkauf {sale} sollte {n} gespeicherte Zeilen haben, gefunden wurden {found}</translation>
        </message>
        <message>
            <source>Say which items the spiff pays on (SKU, collection or type)</source>
            <translation>Angeben, für welche Artikel die Prämie zahlt (SKU, Kollektion oder Typ)</translation>
        </message>
        <message>
            <source>Say why cash is {word}: a reason is required</source>
            <translation>Angeben, warum Bargeld {word} wird: ein Grund ist erforderlich</translation>
        </message>
        <message>
            <source>Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked)</source>
            <translation>Abgerechnet: {count} Stufen-/Bonusdatensatz/-sätze für Geschäft {store} geschrieben ({periods} Periode(n) geprüft)</translation>
        </message>
        <message>
            <source>Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked, current and previous month included)</source>
            <translation>Abgerechnet: {count} Stufen-/Bonusdatensatz/-sätze für Geschäft {store} geschrieben ({periods} Periode(n) geprüft, aktueller und vorheriger Monat eingeschlossen)</translation>
        </message>
        <message>
            <source>Settlement       by the store's settlement role</source>
            <translation>Abrechnung: durch die Abrechnungsrolle des Geschäfts</translation>
        </message>
        <message>
            <source>Settlement       by the store's settlement role, not this terminal's (pos-app commission-settle --central-url ...)</source>
            <translation>Abrechnung: durch die Abrechnungsrolle des Geschäfts, nicht die dieses Terminals (pos-app commission-settle --central-url ...)</translation>
        </message>
        <message>
            <source>Shifts are not available on this terminal</source>
            <translation>Schichten sind an dieser Kasse nicht verfügbar</translation>
        </message>
        <message>
            <source>Shop             {name} ({domain}), sells in {currency}; API {version}</source>
            <translation>Shop: {name} ({domain}), verkauft in {currency}; API {version}</translation>
        </message>
        <message>
            <source>Shopify API      {requests} requests, {points} cost points, {throttled} throttled ({seconds} s waited)</source>
            <translation>Shopify-API: {requests} Anfragen, {points} Kostenpunkte, {throttled} gedrosselt ({seconds} s gewartet)</translation>
        </message>
        <message>
            <source>Shopify does not know the location {location}: check the store's location in Shopify admin and in the set-up wizard</source>
            <translation>Shopify kennt den Standort {location} nicht: Prüfen Sie den Standort des Geschäfts in der Shopify-Verwaltung und im Einrichtungsassistenten</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal</source>
            <translation>Shopify ist an dieser Kasse nicht eingerichtet</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal, so there is no stock to count against</source>
            <translation>Shopify ist an dieser Kasse nicht eingerichtet, daher gibt es keinen Bestand zum Abgleichen</translation>
        </message>
        <message>
            <source>Shopify keeps failing; sync paused for {n} s</source>
            <translation>Shopify schlägt weiter fehl; Synchronisierung für {n} s pausiert</translation>
        </message>
        <message>
            <source>Shopify no longer has this item: check in Shopify admin that the product exists and tracks its stock</source>
            <translation>Shopify hat diesen Artikel nicht mehr: Prüfen Sie in der Shopify-Verwaltung, ob das Produkt existiert und sein Bestand geführt wird</translation>
        </message>
        <message>
            <source>Shopify refused the quantity as out of range: check the item's stock in Shopify admin and count it again</source>
            <translation>Shopify hat die Menge als außerhalb des zulässigen Bereichs abgelehnt: Prüfen Sie den Bestand des Artikels in der Shopify-Verwaltung und zählen Sie ihn erneut</translation>
        </message>
        <message>
            <source>Shopify refused the stock change (code {code}): tell support</source>
            <translation>Shopify hat die Bestandsänderung abgelehnt (Code {code}): Wenden Sie sich an den Support</translation>
        </message>
        <message>
            <source>Shopify shows {available} available for {sku}: units were sold twice while the till was offline. Count the item and check recent orders</source>
            <translation>Shopify zeigt {available} verfügbar für {sku}: Einheiten wurden doppelt verkauft, während die Kasse offline war. Zählen Sie den Artikel und prüfen Sie die letzten Bestellungen</translation>
        </message>
        <message>
            <source>Sign in first</source>
            <translation>Zuerst anmelden</translation>
        </message>
        <message>
            <source>Staff name contains control characters</source>
            <translation>Der Name enthält Steuerzeichen</translation>
        </message>
        <message>
            <source>Staff name is longer than {n} characters</source>
            <translation>Der Name ist länger als {n} Zeichen</translation>
        </message>
        <message>
            <source>Staff name is required</source>
            <translation>Der Name ist erforderlich</translation>
        </message>
        <message>
            <source>Still pending    {count}</source>
            <translation>Noch ausstehend: {count}</translation>
        </message>
        <message>
            <source>Stopped          {error}</source>
            <translation>Gestoppt: {error}</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Guthaben</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Schichtleitung</translation>
        </message>
        <message>
            <source>Switching a feature flag for the store needs a manager or the owner</source>
            <translation>Eine Funktion des Geschäfts umschalten darf nur die Filialleitung oder der Inhaber</translation>
        </message>
        <message>
            <source>Tax class {code} ({name}): {rates}</source>
            <translation>Steuerklasse {code} ({name}): {rates}</translation>
        </message>
        <message>
            <source>Terminal role    {role} for store {store}, terminal {terminal}</source>
            <translation>Kassenrolle: {role} für Geschäft {store}, Kasse {terminal}</translation>
        </message>
        <message>
            <source>That command id belongs to another sale</source>
            <translation>Diese Befehls-ID gehört zu einem anderen Verkauf</translation>
        </message>
        <message>
            <source>That item was already resolved</source>
            <translation>Dieser Hinweis wurde schon geklärt</translation>
        </message>
        <message>
            <source>That line is already being returned in this sale</source>
            <translation>Diese Zeile wird in diesem Verkauf schon zurückgegeben</translation>
        </message>
        <message>
            <source>That looks like a full card number. Never type a card number: enter the approval code from the card terminal or the last four digits (e.g. *1234).</source>
            <translation>Das sieht nach einer vollständigen Kartennummer aus. Nie eine Kartennummer eingeben: den Genehmigungscode vom Kartenterminal oder die letzten vier Ziffern eingeben (z. B. *1234).</translation>
        </message>
        <message>
            <source>That tender is already on the sale</source>
            <translation>Diese Zahlung ist schon im Verkauf</translation>
        </message>
        <message>
            <source>That tender is not on the sale</source>
            <translation>Diese Zahlung ist nicht im Verkauf</translation>
        </message>
        <message>
            <source>The amount {word} must be more than zero (got {amount})</source>
            <translation>Der Betrag ({word}) muss größer als null sein (angegeben: {amount})</translation>
        </message>
        <message>
            <source>The cash refund is more than what is due</source>
            <translation>Die Barerstattung ist höher als der fällige Betrag</translation>
        </message>
        <message>
            <source>The central database's URL (postgresql+psycopg://ROLE@HOST/DB) and the store id are both required; or skip this step to keep the embedded database</source>
            <translation>Die URL der zentralen Datenbank (postgresql+psycopg://ROLE@HOST/DB) und die Filial-ID sind beide nötig; oder diesen Schritt überspringen und bei der eingebauten Datenbank bleiben</translation>
        </message>
        <message>
            <source>The count of {tender} is not plausible</source>
            <translation>Die Zählung von {tender} ist nicht plausibel</translation>
        </message>
        <message>
            <source>The data directory cannot be used: {detail}</source>
            <translation>Das Datenverzeichnis kann nicht benutzt werden: {detail}</translation>
        </message>
        <message>
            <source>The disk holding the sales database is full ({detail})</source>
            <translation>Der Datenträger der Verkaufsdatenbank ist voll ({detail})</translation>
        </message>
        <message>
            <source>The disk is full: {detail}</source>
            <translation>Der Datenträger ist voll: {detail}</translation>
        </message>
        <message>
            <source>The end of the range is before its start</source>
            <translation>Das Ende des Zeitraums liegt vor seinem Beginn</translation>
        </message>
        <message>
            <source>The first tier must start at 0</source>
            <translation>Die erste Stufe muss bei 0 beginnen</translation>
        </message>
        <message>
            <source>The last day of the period is before its first day</source>
            <translation>Der letzte Tag des Zeitraums liegt vor dem ersten</translation>
        </message>
        <message>
            <source>The open shift is in {currency} but the store is now set to {store}; set the store currency back to {currency} to close it (its float was {float})</source>
            <translation>Die offene Schicht ist in {currency}, das Geschäft steht jetzt auf {store}; die Währung wieder auf {currency} stellen, um sie zu schließen (ihr Wechselgeld war {float})</translation>
        </message>
        <message>
            <source>The opening float cannot be negative</source>
            <translation>Das Anfangswechselgeld darf nicht negativ sein</translation>
        </message>
        <message>
            <source>The opening float cannot be negative (got {amount})</source>
            <translation>Das Anfangswechselgeld darf nicht negativ sein (angegeben: {amount})</translation>
        </message>
        <message>
            <source>The owner's name is required</source>
            <translation>Der Name des Inhabers fehlt</translation>
        </message>
        <message>
            <source>The period is a month or a week</source>
            <translation>Der Zeitraum ist ein Monat oder eine Woche</translation>
        </message>
        <message>
            <source>The plan must end after it starts</source>
            <translation>Der Plan muss nach seinem Beginn enden</translation>
        </message>
        <message>
            <source>The plan needs an id</source>
            <translation>Der Plan braucht eine ID</translation>
        </message>
        <message>
            <source>The plan pays nothing yet: add a rate, a spiff, tiers or a bonus</source>
            <translation>Der Plan zahlt noch nichts: einen Satz, eine Prämie, Stufen oder einen Bonus hinzufügen</translation>
        </message>
        <message>
            <source>The price of a returned line is the price it was sold at</source>
            <translation>Der Preis einer zurückgegebenen Zeile ist der Verkaufspreis</translation>
        </message>
        <message>
            <source>The reason is too long (at most {n} characters)</source>
            <translation>Der Grund ist zu lang (höchstens {n} Zeichen)</translation>
        </message>
        <message>
            <source>The refund is more than what is due</source>
            <translation>Die Erstattung ist höher als der fällige Betrag</translation>
        </message>
        <message>
            <source>The refund is more than what is due ({due})</source>
            <translation>Die Erstattung ist höher als der fällige Betrag ({due})</translation>
        </message>
        <message>
            <source>The return of line {line} of receipt {receipt} names units that are not on it ({units} of {quantity}); look the receipt up again ({rule})</source>
            <translation>Die Rückgabe von Zeile {line} des Belegs {receipt} nennt Einheiten, die nicht darauf stehen ({units} von {quantity}); den Beleg erneut suchen ({rule})</translation>
        </message>
        <message>
            <source>The sale is already paid in full</source>
            <translation>Der Verkauf ist schon vollständig bezahlt</translation>
        </message>
        <message>
            <source>The sale is {status}; it cannot be changed</source>
            <translation>Der Verkauf ist {status}; er kann nicht geändert werden</translation>
        </message>
        <message>
            <source>The sale is {status}; use a post-void or a return</source>
            <translation>Der Verkauf ist {status}; ein nachträgliches Storno oder eine Rückgabe verwenden</translation>
        </message>
        <message>
            <source>The sale now comes to nothing: remove the tenders first</source>
            <translation>Der Verkauf ergibt jetzt null: zuerst die Zahlungen entfernen</translation>
        </message>
        <message>
            <source>The sale total changed: remove the tenders and take payment again</source>
            <translation>Die Verkaufssumme hat sich geändert: Zahlungen entfernen und neu kassieren</translation>
        </message>
        <message>
            <source>The sales database cannot be written: {detail}</source>
            <translation>In die Verkaufsdatenbank kann nicht geschrieben werden: {detail}</translation>
        </message>
        <message>
            <source>The sales database is damaged ({detail}). {advice}</source>
            <translation>Die Verkaufsdatenbank ist beschädigt ({detail}). {advice}</translation>
        </message>
        <message>
            <source>The shift is closed; cash can no longer be paid in or out</source>
            <translation>Die Schicht ist geschlossen; Bargeld kann nicht mehr eingelegt oder entnommen werden</translation>
        </message>
        <message>
            <source>The shift opened at {at} is already closed</source>
            <translation>Die um {at} geöffnete Schicht ist schon geschlossen</translation>
        </message>
        <message>
            <source>The stock in Shopify changed while the count was sent: count the item again</source>
            <translation>Der Bestand in Shopify hat sich geändert, während die Zählung gesendet wurde: Zählen Sie den Artikel erneut</translation>
        </message>
        <message>
            <source>The store id is required</source>
            <translation>Die Filial-ID fehlt</translation>
        </message>
        <message>
            <source>The store name is required</source>
            <translation>Der Filialname fehlt</translation>
        </message>
        <message>
            <source>The terminal id is required</source>
            <translation>Die Kassen-ID fehlt</translation>
        </message>
        <message>
            <source>The till's database is busy; try again in a moment</source>
            <translation>Die Datenbank der Kasse ist beschäftigt; gleich noch einmal versuchen</translation>
        </message>
        <message>
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>Die beiden PINs sind verschieden: zweimal dieselbe PIN eingeben</translation>
        </message>
        <message>
            <source>There is already an active staff member named {name}</source>
            <translation>Es gibt schon eine aktive Person namens {name}</translation>
        </message>
        <message>
            <source>There is no Z report number {z} on terminal {terminal}</source>
            <translation>An Kasse {terminal} gibt es keinen Z-Bericht Nummer {z}</translation>
        </message>
        <message>
            <source>There is nothing to hold</source>
            <translation>Es gibt nichts zu parken</translation>
        </message>
        <message>
            <source>This field</source>
            <translation>Dieses Feld</translation>
        </message>
        <message>
            <source>This item is not stocked at {location} in Shopify: stock it there in Shopify admin, then send the set-aside changes again (Send again in this list, or pos-app reconcile --retry-rejected)</source>
            <translation>Dieser Artikel wird in Shopify nicht am Standort {location} geführt: Führen Sie ihn dort in der Shopify-Verwaltung, dann senden Sie die zurückgestellten Änderungen erneut (Erneut senden in dieser Liste oder pos-app reconcile --retry-rejected)</translation>
        </message>
        <message>
            <source>This sale is a refund: tender a negative amount</source>
            <translation>Dieser Verkauf ist eine Erstattung: einen negativen Betrag eingeben</translation>
        </message>
        <message>
            <source>This sale was already post-voided</source>
            <translation>Dieser Verkauf wurde schon nachträglich storniert</translation>
        </message>
        <message>
            <source>This store already has staff; a manager adds people with `pos-app staff add`</source>
            <translation>Dieses Geschäft hat schon Personal; die Filialleitung fügt Personen mit `pos-app staff add` hinzu</translation>
        </message>
        <message>
            <source>This terminal ({terminal})</source>
            <translation>Diese Kasse ({terminal})</translation>
        </message>
        <message>
            <source>Threshold: {error}</source>
            <translation>Schwelle: {error}</translation>
        </message>
        <message>
            <source>Tier thresholds must increase strictly</source>
            <translation>Die Stufenschwellen müssen streng steigen</translation>
        </message>
        <message>
            <source>Token            from POS_APP_SHOPIFY_TOKEN (kept there, not stored)</source>
            <translation>Token: aus POS_APP_SHOPIFY_TOKEN (bleibt dort, wird nicht gespeichert)</translation>
        </message>
        <message>
            <source>Token            stored in the keyring (service {service}, user {user})</source>
            <translation>Token: im Schlüsselbund gespeichert (Dienst {service}, Benutzer {user})</translation>
        </message>
        <message>
            <source>Unknown receipt choice {choice}</source>
            <translation>Unbekannte Belegwahl {choice}</translation>
        </message>
        <message>
            <source>Unknown role {text} (one of {choices})</source>
            <translation>Unbekannte Rolle {text} (eine von {choices})</translation>
        </message>
        <message>
            <source>Unknown tax class {code}</source>
            <translation>Unbekannte Steuerklasse {code}</translation>
        </message>
        <message>
            <source>Unknown tax class {code} on {sku}</source>
            <translation>Unbekannte Steuerklasse {code} bei {sku}</translation>
        </message>
        <message>
            <source>Wrong PIN or not allowed. {then}</source>
            <translation>Falsche PIN oder nicht erlaubt. {then}</translation>
        </message>
        <message>
            <source>alerts</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>already current</source>
            <translation>bereits aktuell</translation>
        </message>
        <message>
            <source>an approval code (4 to 12 letters or digits, e.g. ABC123) or the card's last four digits (e.g. *1234)</source>
            <translation>ein Genehmigungscode (4 bis 12 Buchstaben oder Ziffern, z. B. ABC123) oder die letzten vier Ziffern der Karte (z. B. *1234)</translation>
        </message>
        <message>
            <source>auth_failed</source>
            <translation>Anmeldung abgelehnt</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>beschäftigt</translation>
        </message>
        <message>
            <source>card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>cash in</source>
            <translation>Bareinlage</translation>
        </message>
        <message>
            <source>cash out</source>
            <translation>Barentnahme</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>Kasse</translation>
        </message>
        <message>
            <source>central connect failed</source>
            <translation>Diese Kasse konnte nicht mit der zentralen Datenbank verbunden werden</translation>
        </message>
        <message>
            <source>central database, store {store}</source>
            <translation>zentrale Datenbank, Filiale {store}</translation>
        </message>
        <message>
            <source>central init failed</source>
            <translation>Die zentrale Datenbank konnte nicht eingerichtet werden</translation>
        </message>
        <message>
            <source>central sync paused: {error}</source>
            <translation>Die zentrale Synchronisierung ist pausiert: {error}</translation>
        </message>
        <message>
            <source>central sync stopped: {error}</source>
            <translation>Die zentrale Synchronisierung wurde gestoppt: {error}</translation>
        </message>
        <message>
            <source>change commission plans</source>
            <translation>Provisionspläne ändern</translation>
        </message>
        <message>
            <source>commission records</source>
            <translation>Provisionsdatensätze</translation>
        </message>
        <message>
            <source>commission settlement refused: {error}</source>
            <translation>Die Provisionsabrechnung wurde abgelehnt: {error}</translation>
        </message>
        <message>
            <source>commission settlement stopped: {error}</source>
            <translation>Die Provisionsabrechnung wurde gestoppt: {error}</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>contains ','; write the decimal separator as '.' and no thousands separators, like 1234.50</source>
            <translation>enthält ','; das Dezimaltrennzeichen als '.' und ohne Tausendertrennzeichen schreiben, etwa 1234.50</translation>
        </message>
        <message>
            <source>contains '_'; write the digits without separators, like 1000</source>
            <translation>enthält '_'; die Ziffern ohne Trennzeichen schreiben, etwa 1000</translation>
        </message>
        <message>
            <source>contains a space; write one number without spaces or thousands separators, like 1234.50</source>
            <translation>enthält ein Leerzeichen; eine Zahl ohne Leerzeichen oder Tausendertrennzeichen schreiben, etwa 1234.50</translation>
        </message>
        <message>
            <source>contains {ch}, a digit of another script; write the digits 0-9</source>
            <translation>enthält {ch}, eine Ziffer einer anderen Schrift; die Ziffern 0-9 verwenden</translation>
        </message>
        <message>
            <source>contains {ch}; write only digits and one decimal separator, like 12.99</source>
            <translation>enthält {ch}; nur Ziffern und ein Dezimaltrennzeichen schreiben, etwa 12.99</translation>
        </message>
        <message>
            <source>count stock</source>
            <translation>Bestand zählen</translation>
        </message>
        <message>
            <source>created</source>
            <translation>angelegt</translation>
        </message>
        <message>
            <source>discount over limit</source>
            <translation>Rabatt über dem Limit</translation>
        </message>
        <message>
            <source>edit plans</source>
            <translation>Pläne bearbeiten</translation>
        </message>
        <message>
            <source>edit staff</source>
            <translation>Personal bearbeiten</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>leer</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>expected version {expected}, but the sale is at version {actual}</source>
            <translation>Version {expected} erwartet, aber der Verkauf ist bei Version {actual}</translation>
        </message>
        <message>
            <source>gift card</source>
            <translation>Geschenkkarte</translation>
        </message>
        <message>
            <source>has more decimal places than {currency} allows ({n})</source>
            <translation>hat mehr Nachkommastellen, als {currency} erlaubt ({n})</translation>
        </message>
        <message>
            <source>has more than one {separator}; write it without thousands separators, like 1234.50</source>
            <translation>hat mehr als ein {separator}; ohne Tausendertrennzeichen schreiben, etwa 1234.50</translation>
        </message>
        <message>
            <source>held</source>
            <translation>geparkt</translation>
        </message>
        <message>
            <source>import catalog</source>
            <translation>Katalog importieren</translation>
        </message>
        <message>
            <source>is in scientific notation; write it as a plain number, like 100 or 0.5</source>
            <translation>ist in wissenschaftlicher Schreibweise; als einfache Zahl schreiben, etwa 100 oder 0.5</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>ist erforderlich</translation>
        </message>
        <message>
            <source>is too large</source>
            <translation>ist zu groß</translation>
        </message>
        <message>
            <source>it was written after the record now numbered {seq}: records were reordered</source>
            <translation>er wurde nach dem Eintrag geschrieben, der jetzt Nr. {seq} trägt: Einträge wurden umsortiert</translation>
        </message>
        <message>
            <source>it was written right after seq {seq}: seq {first} to {last} were put in between</source>
            <translation>er wurde direkt nach Nr. {seq} geschrieben: Nr. {first} bis {last} wurden dazwischengeschoben</translation>
        </message>
        <message>
            <source>its MAC does not verify and the next record was written right after the one before it: it was inserted</source>
            <translation>sein MAC stimmt nicht, und der nächste Eintrag wurde direkt nach dem vorigen geschrieben: er wurde eingefügt</translation>
        </message>
        <message>
            <source>its MAC does not verify: the record was altered</source>
            <translation>sein MAC stimmt nicht: der Eintrag wurde verändert</translation>
        </message>
        <message>
            <source>its MAC does not verify: the record was altered, or added by someone without the key</source>
            <translation>sein MAC stimmt nicht: der Eintrag wurde verändert oder von jemandem ohne den Schlüssel hinzugefügt</translation>
        </message>
        <message>
            <source>line void</source>
            <translation>Zeilenstorno</translation>
        </message>
        <message>
            <source>line {line} of receipt {receipt}</source>
            <translation>Zeile {line} von Beleg {receipt}</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>Filialleitung</translation>
        </message>
        <message>
            <source>mixes ',' and '.'; write it without thousands separators, like 1234.50</source>
            <translation>mischt ',' und '.'; ohne Tausendertrennzeichen schreiben, etwa 1234.50</translation>
        </message>
        <message>
            <source>must be a number like 12.99</source>
            <translation>muss eine Zahl wie 12.99 sein</translation>
        </message>
        <message>
            <source>must be a number like 12.99, not NaN or Infinity</source>
            <translation>muss eine Zahl wie 12.99 sein, nicht NaN oder Infinity</translation>
        </message>
        <message>
            <source>must be more than 0</source>
            <translation>muss größer als 0 sein</translation>
        </message>
        <message>
            <source>must be written without a '+' sign, like {example}</source>
            <translation>ist ohne '+'-Zeichen zu schreiben, etwa {example}</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>darf nicht negativ sein</translation>
        </message>
        <message>
            <source>needs a digit on each side of the decimal separator, like 0.50 or 12.00</source>
            <translation>braucht eine Ziffer auf jeder Seite des Dezimaltrennzeichens, etwa 0.50 oder 12.00</translation>
        </message>
        <message>
            <source>no reason</source>
            <translation>keinen Grund</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>in Ordnung</translation>
        </message>
        <message>
            <source>over 100 % is not allowed</source>
            <translation>über 100 % ist nicht erlaubt</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>per line</source>
            <translation>pro Zeile</translation>
        </message>
        <message>
            <source>per total</source>
            <translation>auf die Summe</translation>
        </message>
        <message>
            <source>record of terminal {terminal} in this chain</source>
            <translation>Eintrag der Kasse {terminal} in dieser Kette</translation>
        </message>
        <message>
            <source>recorded at first start</source>
            <translation>bei der ersten Inbetriebnahme festgehalten</translation>
        </message>
        <message>
            <source>records through seq {through} are known to have been written; the journal ends at seq {last}</source>
            <translation>Einträge bis Nr. {through} wurden nachweislich geschrieben; das Journal endet bei Nr. {last}</translation>
        </message>
        <message>
            <source>seq {first} missing (deleted): the record after seq {prev} is seq {next}</source>
            <translation>Nr. {first} fehlt (gelöscht): der Eintrag nach Nr. {prev} ist Nr. {next}</translation>
        </message>
        <message>
            <source>seq {first} to {last} missing (deleted): the record after seq {prev} is seq {next}</source>
            <translation>Nr. {first} bis {last} fehlen (gelöscht): der Eintrag nach Nr. {prev} ist Nr. {next}</translation>
        </message>
        <message>
            <source>shifts</source>
            <translation>Schichten</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>terminal {terminal}</source>
            <translation>Kasse {terminal}</translation>
        </message>
        <message>
            <source>the central database at {url} cannot be reached or refused the login: {error}. Check the host, the database and the owner's password ({env})</source>
            <translation>Die zentrale Datenbank unter {url} ist nicht erreichbar oder hat die Anmeldung abgelehnt: {error}. Prüfen Sie den Server, die Datenbank und das Passwort des Eigentümers ({env})</translation>
        </message>
        <message>
            <source>the next record was written right after seq {seq}: this one was inserted</source>
            <translation>der nächste Eintrag wurde direkt nach Nr. {seq} geschrieben: dieser wurde eingefügt</translation>
        </message>
        <message>
            <source>the record it was written after is no longer in the journal (deleted, and the rest renumbered)</source>
            <translation>der Eintrag, nach dem er geschrieben wurde, ist nicht mehr im Journal (gelöscht und der Rest neu nummeriert)</translation>
        </message>
        <message>
            <source>this store's Shopify location</source>
            <translation>den Shopify-Standort dieses Geschäfts</translation>
        </message>
        <message>
            <source>this terminal</source>
            <translation>diese Kasse</translation>
        </message>
        <message>
            <source>two records are numbered {seq}</source>
            <translation>zwei Einträge tragen die Nr. {seq}</translation>
        </message>
        <message>
            <source>upgraded</source>
            <translation>aktualisiert</translation>
        </message>
        <message>
            <source>use at most two decimals for a percentage</source>
            <translation>höchstens zwei Nachkommastellen für einen Prozentsatz</translation>
        </message>
        <message>
            <source>use at most {n} decimal(s) for {currency}</source>
            <translation>höchstens {n} Nachkommastelle(n) für {currency}</translation>
        </message>
        <message>
            <source>{error}. Set {env} to the role's password on this terminal (it was not shown and is not kept anywhere else; run this again with --password-stdin to choose one)</source>
            <translation>{error}. Setzen Sie {env} auf diesem Terminal auf das Passwort der Rolle (es wurde nicht angezeigt und wird nirgends sonst aufbewahrt; führen Sie dies mit --password-stdin erneut aus, um eines zu wählen)</translation>
        </message>
        <message>
            <source>{name} {percent}%</source>
            <translation>{name} {percent} %</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{topic} {count}</source>
            <translation>{topic} {count}</translation>
        </message>
        <message>
            <source>{where}: a rate over 100 % ({bp} bp) is not allowed</source>
            <translation>{where}: ein Satz über 100 % ({bp} bp) ist nicht erlaubt</translation>
        </message>
        <message>
            <source>{where}: the rate must be a whole number &gt;= 0</source>
            <translation>{where}: der Satz muss eine ganze Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>“{code}” is not a currency code such as USD</source>
            <translation>„{code}“ ist kein Währungscode wie USD</translation>
        </message>
        <message>
            <source>“{text}” is not a percentage</source>
            <translation>„{text}“ ist kein Prozentsatz</translation>
        </message>
        <message>
            <source>“{text}” is not a role ({roles})</source>
            <translation>„{text}“ ist keine Rolle ({roles})</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of units</source>
            <translation>„{text}“ ist keine ganze Anzahl von Einheiten</translation>
        </message>
        <message>
            <source>“{text}” is not an amount</source>
            <translation>„{text}“ ist kein Betrag</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>  {staff} bonus           {period} plan {plan}: {amount} (version {version})</source>
            <translation>  {staff} Bonus {period} Plan {plan}: {amount} (Version {version})</translation>
        </message>
        <message>
            <source>  {staff} bonus           {period} plan {plan}: {amount} (version {version}) [{reason}]</source>
            <translation>  {staff} Bonus {period} Plan {plan}: {amount} (Version {version}) [{reason}]</translation>
        </message>
        <message>
            <source>  {staff} tier adjustment {period} plan {plan}: {amount} (version {version})</source>
            <translation>  {staff} Stufenanpassung {period} Plan {plan}: {amount} (Version {version})</translation>
        </message>
        <message>
            <source>  {staff} tier adjustment {period} plan {plan}: {amount} (version {version}) [{reason}]</source>
            <translation>  {staff} Stufenanpassung {period} Plan {plan}: {amount} (Version {version}) [{reason}]</translation>
        </message>
        <message>
            <source>Started store {store} ({name}), terminal {terminal}</source>
            <translation>Geschäft {store} ({name}) begonnen, Kasse {terminal}</translation>
        </message>
        <message>
            <source>open drawer</source>
            <translation>Kassenlade öffnen</translation>
        </message>
        <message>
            <source>open the back office</source>
            <translation>die Verwaltung öffnen</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>paid in</source>
            <translation>eingelegt</translation>
        </message>
        <message>
            <source>paid out</source>
            <translation>entnommen</translation>
        </message>
        <message>
            <source>parked</source>
            <translation>automatisch geparkt</translation>
        </message>
        <message>
            <source>post void</source>
            <translation>nachträgliches Storno</translation>
        </message>
        <message>
            <source>price override</source>
            <translation>Preisänderung</translation>
        </message>
        <message>
            <source>price override on {sku} ({rule})</source>
            <translation>Preisänderung bei {sku} ({rule})</translation>
        </message>
        <message>
            <source>refund other tender</source>
            <translation>Erstattung auf andere Zahlart</translation>
        </message>
        <message>
            <source>refund to {tender} (the sale was paid by {paid}) ({rule})</source>
            <translation>Erstattung auf {tender} (der Verkauf wurde mit {paid} bezahlt) ({rule})</translation>
        </message>
        <message>
            <source>resolve stock attention</source>
            <translation>Bestandshinweise klären</translation>
        </message>
        <message>
            <source>return no receipt</source>
            <translation>Rückgabe ohne Beleg</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>Guthaben</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>Schichtleitung</translation>
        </message>
        <message>
            <source>the discount on line {no} ({title}) is now {pct} % of the line</source>
            <translation>der Rabatt auf Zeile {no} ({title}) beträgt jetzt {pct} % der Zeile</translation>
        </message>
        <message>
            <source>the discount on the whole sale is now {pct} % of the sale</source>
            <translation>der Rabatt auf den ganzen Verkauf beträgt jetzt {pct} % des Verkaufs</translation>
        </message>
        <message>
            <source>the reason {reason}</source>
            <translation>den Grund {reason}</translation>
        </message>
        <message>
            <source>the returned item</source>
            <translation>den zurückgegebenen Artikel</translation>
        </message>
        <message>
            <source>tier from {threshold}</source>
            <translation>Stufe ab {threshold}</translation>
        </message>
        <message>
            <source>void</source>
            <translation>Storno</translation>
        </message>
        <message>
            <source>voided</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>{amount} {word} is not plausible</source>
            <translation>{amount} {word} ist nicht plausibel</translation>
        </message>
        <message>
            <source>{code} is not a receipt barcode</source>
            <translation>{code} ist kein Beleg-Barcode</translation>
        </message>
        <message>
            <source>{counted} is more than {limit}: was a barcode scanned into the count?</source>
            <translation>{counted} ist mehr als {limit}: wurde ein Barcode in die Zählung gescannt?</translation>
        </message>
        <message>
            <source>{error}: the sale total is now lower than the tenders; remove a tender first</source>
            <translation>{error}: die Verkaufssumme ist jetzt niedriger als die Zahlungen; zuerst eine Zahlung entfernen</translation>
        </message>
        <message>
            <source>{error}: {why}</source>
            <translation>{error}: {why}</translation>
        </message>
        <message>
            <source>{name} is deactivated: reactivate them first</source>
            <translation>{name} ist deaktiviert: zuerst reaktivieren</translation>
        </message>
        <message>
            <source>{name} is deactivated: reactivate them with a new PIN</source>
            <translation>{name} ist deaktiviert: mit einer neuen PIN reaktivieren</translation>
        </message>
        <message>
            <source>{n} active staff members are called {name}: name one by id ({ids})</source>
            <translation>{n} aktive Personen heißen {name}: eine per ID angeben ({ids})</translation>
        </message>
        <message>
            <source>{one} or {other}</source>
            <translation>{one} oder {other}</translation>
        </message>
        <message>
            <source>{reason} is not one of the store's return reasons: {choices} ({rule})</source>
            <translation>{reason} ist kein Rückgabegrund des Geschäfts: {choices} ({rule})</translation>
        </message>
        <message>
            <source>{receipt} of terminal {terminal}</source>
            <translation>{receipt} der Kasse {terminal}</translation>
        </message>
        <message>
            <source>{role} cannot approve {action}; a {need} or above must approve</source>
            <translation>{role} kann {action} nicht freigeben; {need} oder höher muss freigeben</translation>
        </message>
        <message>
            <source>{staff} is not an active staff member of this store</source>
            <translation>{staff} ist keine aktive Person dieses Geschäfts</translation>
        </message>
        <message>
            <source>{tender} was counted twice</source>
            <translation>{tender} wurde zweimal gezählt</translation>
        </message>
        <message>
            <source>{title} ({sku}) is not stock-tracked in Shopify; there is nothing to count</source>
            <translation>{title} ({sku}) wird in Shopify nicht im Bestand geführt; es gibt nichts zu zählen</translation>
        </message>
        <message>
            <source>{title} is priced in {currency} but this sale is in {sale}; the store's currency and its catalog disagree</source>
            <translation>{title} hat einen Preis in {currency}, aber dieser Verkauf ist in {sale}; Währung und Katalog des Geschäfts passen nicht zusammen</translation>
        </message>
        <message>
            <source>{title} on receipt {receipt} was already returned</source>
            <translation>{title} auf Beleg {receipt} wurde schon zurückgegeben</translation>
        </message>
        <message>
            <source>{what} looks like it holds a full card number. Never type a card number; remove it and try again.</source>
            <translation>{what} scheint eine vollständige Kartennummer zu enthalten. Nie eine Kartennummer eingeben; entfernen und erneut versuchen.</translation>
        </message>
        <message>
            <source>{what} {text} {problem}</source>
            <translation>{what} {text} {problem}</translation>
        </message>
        <message>
            <source>Quantity cannot be zero; remove the line instead</source>
            <translation>Die Menge darf nicht null sein; stattdessen die Zeile entfernen</translation>
        </message>
        <message>
            <source>Quantity cannot be negative ({q}); use a return</source>
            <translation>Die Menge darf nicht negativ sein ({q}); eine Rückgabe verwenden</translation>
        </message>
        <message>
            <source>Change the quantity of a return by removing and re-adding it</source>
            <translation>Die Menge einer Rückgabe ändern: entfernen und neu hinzufügen</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Rabatt</translation>
        </message>
        <message>
            <source>Something went wrong; the error was logged.</source>
            <translation>Etwas ist schiefgegangen; der Fehler wurde protokolliert.</translation>
        </message>
        <message>
            <source>Row {n}: {problem}</source>
            <translation>Zeile {n}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Sales (net)</source>
            <translation>Umsatz (netto)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Stück</translation>
        </message>
        <message>
            <source>Sale commission</source>
            <translation>Verkaufsprovision</translation>
        </message>
        <message>
            <source>Clawbacks</source>
            <translation>Rückbuchungen</translation>
        </message>
        <message>
            <source>Tier adjustments</source>
            <translation>Stufenanpassungen</translation>
        </message>
        <message>
            <source>Bonuses</source>
            <translation>Boni</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Provision</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Zu prüfen</translation>
        </message>
        <message>
            <source>all stores and terminals</source>
            <translation>alle Filialen und Kassen</translation>
        </message>
        <message>
            <source>this terminal's records only ({terminal})</source>
            <translation>nur die Daten dieser Kasse ({terminal})</translation>
        </message>
        <message>
            <source>Central database</source>
            <translation>Zentrale Datenbank</translation>
        </message>
        <message>
            <source>Local data</source>
            <translation>Lokale Daten</translation>
        </message>
        <message>
            <source>as of {time}</source>
            <translation>Stand {time}</translation>
        </message>
        <message>
            <source>no records yet</source>
            <translation>noch keine Einträge</translation>
        </message>
        <message>
            <source>last terminal push {time}</source>
            <translation>letzte Kassenübertragung {time}</translation>
        </message>
        <message>
            <source>{n} record(s) not yet sent to the central database</source>
            <translation>{n} Eintrag/Einträge noch nicht an die zentrale Datenbank gesendet</translation>
        </message>
        <message>
            <source>Offline: {why}. {text}</source>
            <translation>Offline: {why}. {text}</translation>
        </message>
        <message>
            <source>store {store}</source>
            <translation>Filiale {store}</translation>
        </message>
        <message>
            <source>terminal {terminal}</source>
            <translation>Kasse {terminal}</translation>
        </message>
        <message>
            <source>all stores and terminals in the source</source>
            <translation>alle Filialen und Kassen der Quelle</translation>
        </message>
        <message>
            <source>{n} record(s) in {currency}</source>
            <translation>{n} Datensatz/-sätze in {currency}</translation>
        </message>
        <message>
            <source>Not included (another currency): {what}.</source>
            <translation>Nicht enthalten (andere Währung): {what}.</translation>
        </message>
        <message>
            <source>Commission · {period}</source>
            <translation>Provision · {period}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>Amounts in {currency}. Generated {when}.</source>
            <translation>Beträge in {currency}. Erstellt am {when}.</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Letzter Monat</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <source>One terminal: the sales and returns rung up on it (tier and bonus progress stays store-wide). Tier adjustments and bonuses are under "{label}" and in "All terminals".</source>
            <translation>Eine Kasse: die dort gebuchten Verkäufe und Rückgaben (Stufen- und Bonusfortschritt gelten filialweit). Stufenanpassungen und Boni stehen unter "{label}" und in "Alle Kassen".</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Filiale</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Kasse</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Refresh  F5</source>
            <translation>Aktualisieren  F5</translation>
        </message>
        <message>
            <source>Read again (and try the central database again if it was unreachable)</source>
            <translation>Neu lesen (und die zentrale Datenbank erneut versuchen, falls sie nicht erreichbar war)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>All stores</source>
            <translation>Alle Filialen</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>Alle Kassen</translation>
        </message>
        <message>
            <source>All staff</source>
            <translation>Alle Mitarbeiter</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>{rate} % of commands refused or failed in the last hour (limit {limit} %)</source>
            <translation>{rate} % der Befehle in der letzten Stunde abgelehnt oder fehlgeschlagen (Limit {limit} %)</translation>
        </message>
        <message>
            <source>Oldest item waiting for {channel}: {n} min (limit {limit} min)</source>
            <translation>Ältester Eintrag wartet auf {channel}: {n} Min. (Limit {limit} Min.)</translation>
        </message>
        <message>
            <source>An open sale is {n} bytes (budget {limit})</source>
            <translation>Ein offener Verkauf hat {n} Bytes (Budget {limit})</translation>
        </message>
        <message>
            <source>Disk almost full: {n} % free (under {limit} %)</source>
            <translation>Datenträger fast voll: {n} % frei (unter {limit} %)</translation>
        </message>
        <message>
            <source>No backup has been made yet</source>
            <translation>Es wurde noch keine Sicherung erstellt</translation>
        </message>
        <message>
            <source>Backup overdue: the last one is {n} h old</source>
            <translation>Sicherung überfällig: die letzte ist {n} h alt</translation>
        </message>
        <message>
            <source>Shopify refuses this till: check its access token</source>
            <translation>Shopify weist diese Kasse ab: Zugriffstoken prüfen</translation>
        </message>
        <message>
            <source>Central database not reached for {n} h</source>
            <translation>Zentrale Datenbank seit {n} h nicht erreicht</translation>
        </message>
        <message>
            <source>Waiting to sync: {channel}</source>
            <translation>Wartet auf Synchronisierung: {channel}</translation>
        </message>
        <message>
            <source>Refused or failed commands</source>
            <translation>Abgelehnte oder fehlgeschlagene Befehle</translation>
        </message>
        <message>
            <source>Open sale size</source>
            <translation>Größe eines offenen Verkaufs</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>Speicherplatz</translation>
        </message>
        <message>
            <source>Backup overdue</source>
            <translation>Sicherung überfällig</translation>
        </message>
        <message>
            <source>Shopify access</source>
            <translation>Shopify-Zugang</translation>
        </message>
        <message>
            <source>Central database unreachable</source>
            <translation>Zentrale Datenbank nicht erreichbar</translation>
        </message>
        <message>
            <source>the central database</source>
            <translation>die zentrale Datenbank</translation>
        </message>
        <message>
            <source>the journal</source>
            <translation>das Journal</translation>
        </message>
        <message>
            <source>Shopify</source>
            <translation>Shopify</translation>
        </message>
        <message>
            <source>Alert: {text}</source>
            <translation>Warnung: {text}</translation>
        </message>
        <message>
            <source>{n} alerts: {text}</source>
            <translation>{n} Warnungen: {text}</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>central database, version {n}</source>
            <translation>zentrale Datenbank, Version {n}</translation>
        </message>
        <message>
            <source>this till's config file [flags]</source>
            <translation>Konfigurationsdatei dieser Kasse [flags]</translation>
        </message>
        <message>
            <source>this till's environment ({name})</source>
            <translation>Umgebung dieser Kasse ({name})</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Health of this till</source>
            <translation>Zustand dieser Kasse</translation>
        </message>
        <message>
            <source>Last day (D)</source>
            <translation>Letzter Tag (D)</translation>
        </message>
        <message>
            <source>Last week (W)</source>
            <translation>Letzte Woche (W)</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Aktualisieren (F5)</translation>
        </message>
        <message>
            <source>Charts over the last day</source>
            <translation>Diagramme des letzten Tages</translation>
        </message>
        <message>
            <source>Charts over the last week</source>
            <translation>Diagramme der letzten Woche</translation>
        </message>
        <message>
            <source>Read the health figures again</source>
            <translation>Zustandszahlen neu lesen</translation>
        </message>
        <message>
            <source>Firing alerts</source>
            <translation>Aktive Warnungen</translation>
        </message>
        <message>
            <source>Disk, backup and feature flags</source>
            <translation>Datenträger, Sicherung und Funktionsschalter</translation>
        </message>
        <message>
            <source>Feature flag</source>
            <translation>Funktionsschalter</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Feature flags: each flag, on or off, and where its value comes from</source>
            <translation>Funktionsschalter: jeder Schalter, an oder aus, und woher sein Wert kommt</translation>
        </message>
        <message>
            <source>Command latency, p99 (ms)</source>
            <translation>Befehlslatenz, p99 (ms)</translation>
        </message>
        <message>
            <source>No commands measured yet. Each scan, tender and sale at the counter is timed; the minute's figures are written every minute and drawn here.</source>
            <translation>Noch keine Befehle gemessen. Jeder Scan, jede Zahlung und jeder Verkauf an der Kasse wird gemessen; die Zahlen werden jede Minute geschrieben und hier gezeichnet.</translation>
        </message>
        <message>
            <source>Command latency chart</source>
            <translation>Diagramm der Befehlslatenz</translation>
        </message>
        <message>
            <source>Waiting to sync, per channel</source>
            <translation>Warten auf Sync, je Kanal</translation>
        </message>
        <message>
            <source>No queue figures yet. While the till runs, how many items wait for the central database, the journal and Shopify is sampled every minute and drawn here.</source>
            <translation>Noch keine Warteschlangenzahlen. Solange die Kasse läuft, wird jede Minute erfasst, wie viele Einträge auf die zentrale Datenbank, das Journal und Shopify warten, und hier gezeichnet.</translation>
        </message>
        <message>
            <source>Sync queue chart</source>
            <translation>Diagramm der Sync-Warteschlangen</translation>
        </message>
        <message>
            <source>Refused or failed commands (%)</source>
            <translation>Abgelehnte oder fehlgeschlagene Befehle (%)</translation>
        </message>
        <message>
            <source>No commands measured yet: the share the till refused or could not complete appears here once the counter sells.</source>
            <translation>Noch keine Befehle gemessen: der Anteil, den die Kasse abgelehnt oder nicht abgeschlossen hat, erscheint hier, sobald verkauft wird.</translation>
        </message>
        <message>
            <source>Error rate chart</source>
            <translation>Diagramm der Fehlerrate</translation>
        </message>
        <message>
            <source>Recent alerts (H)</source>
            <translation>Letzte Warnungen (H)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Raised or cleared</source>
            <translation>Ausgelöst oder behoben</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Recent alerts: when each alert was raised or cleared, newest first</source>
            <translation>Letzte Warnungen: wann jede Warnung ausgelöst oder behoben wurde, neueste zuerst</translation>
        </message>
        <message>
            <source>No alert has been raised on this till yet. Each one is listed here when it is raised and when it clears.</source>
            <translation>An dieser Kasse wurde noch keine Warnung ausgelöst. Jede erscheint hier, wenn sie ausgelöst und wenn sie behoben wird.</translation>
        </message>
        <message>
            <source>Recent alerts: none yet</source>
            <translation>Letzte Warnungen: noch keine</translation>
        </message>
        <message>
            <source>… and {n} more (pos-app status)</source>
            <translation>… und {n} weitere (pos-app status)</translation>
        </message>
        <message>
            <source>No alert is firing. Alerts appear here and at the counter when a threshold of [monitoring] is crossed.</source>
            <translation>Keine Warnung aktiv. Warnungen erscheinen hier und an der Kasse, wenn eine Schwelle aus [monitoring] überschritten wird.</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>ausgelöst</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>behoben</translation>
        </message>
        <message>
            <source>{alert} raised {when}: {detail}</source>
            <translation>{alert} ausgelöst am {when}: {detail}</translation>
        </message>
        <message>
            <source>{alert} cleared {when}</source>
            <translation>{alert} behoben am {when}</translation>
        </message>
        <message>
            <source>{state} ({source}) from the next start</source>
            <translation>{state} ({source}) ab dem nächsten Start</translation>
        </message>
        <message>
            <source>Set by {who}</source>
            <translation>Gesetzt von {who}</translation>
        </message>
        <message>
            <source>Disk: {n} % free</source>
            <translation>Datenträger: {n} % frei</translation>
        </message>
        <message>
            <source>Disk: free space unknown</source>
            <translation>Datenträger: freier Platz unbekannt</translation>
        </message>
        <message>
            <source>Last backup: {at}</source>
            <translation>Letzte Sicherung: {at}</translation>
        </message>
        <message>
            <source>Last backup: none yet (pos-app backup, or the daily backup)</source>
            <translation>Letzte Sicherung: noch keine (pos-app backup oder die tägliche Sicherung)</translation>
        </message>
        <message>
            <source>Open sales: {n} bytes stored (budget {b} a sale)</source>
            <translation>Offene Verkäufe: {n} Bytes gespeichert (Budget {b} je Verkauf)</translation>
        </message>
        <message>
            <source>Last hour: {n} commands, p50 {p50} ms, p99 {p99} ms</source>
            <translation>Letzte Stunde: {n} Befehle, p50 {p50} ms, p99 {p99} ms</translation>
        </message>
        <message>
            <source>Feature flags in force: {flags}</source>
            <translation>Aktive Funktionsschalter: {flags}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>{channel}: {state}, {n} waiting</source>
            <translation>{channel}: {state}, {n} wartend</translation>
        </message>
        <message>
            <source>p99</source>
            <translation>p99</translation>
        </message>
        <message>
            <source>refused or failed</source>
            <translation>abgelehnt oder fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Kasse</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Freigegeben von</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>No journal records match.
Every sale, refund, void, line void, discount, price override, drawer opening, cash movement, shift, failed PIN, approval, catalog import and plan or staff change is written here as it happens.</source>
            <translation>Keine passenden Journaleinträge.
Jeder Verkauf, jede Erstattung, Stornierung, Zeilenstornierung, jeder Rabatt, jede Preisänderung, Schubladenöffnung, Bargeldbewegung, Schicht, falsche PIN, Freigabe, jeder Katalogimport und jede Plan- oder Mitarbeiteränderung wird hier sofort festgehalten.</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>payments</source>
            <translation>Zahlungen</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>Stückpreis</translation>
        </message>
        <message>
            <source>list price</source>
            <translation>Listenpreis</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>rounding</source>
            <translation>Rundung</translation>
        </message>
        <message>
            <source>float</source>
            <translation>Wechselgeld</translation>
        </message>
        <message>
            <source>variance</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>lines voided before</source>
            <translation>zuvor stornierte Zeilen</translation>
        </message>
        <message>
            <source>reverses sale</source>
            <translation>storniert Verkauf</translation>
        </message>
        <message>
            <source>line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>Kassierer</translation>
        </message>
        <message>
            <source>approved by</source>
            <translation>genehmigt von</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Z number</source>
            <translation>Z-Nummer</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>units</source>
            <translation>Stück</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>for {name}</source>
            <translation>für {name}</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Verkauf</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Erstattung</translation>
        </message>
        <message>
            <source>Post void</source>
            <translation>Nachstorno</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Stornieren</translation>
        </message>
        <message>
            <source>Line void</source>
            <translation>Zeilenstorno</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Rabatt</translation>
        </message>
        <message>
            <source>Discount over limit</source>
            <translation>Rabatt über Limit</translation>
        </message>
        <message>
            <source>Discount cleared</source>
            <translation>Rabatt entfernt</translation>
        </message>
        <message>
            <source>Price override</source>
            <translation>Preisänderung</translation>
        </message>
        <message>
            <source>Return no receipt</source>
            <translation>Rückgabe ohne Beleg</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>Open drawer</source>
            <translation>Lade geöffnet</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Einlage</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Entnahme</translation>
        </message>
        <message>
            <source>Shift open</source>
            <translation>Schicht offen</translation>
        </message>
        <message>
            <source>Shift close</source>
            <translation>Schichtabschluss</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>Anmeldung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Count stock</source>
            <translation>Bestandszählung</translation>
        </message>
        <message>
            <source>Resolve stock attention</source>
            <translation>Bestandsproblem erledigt</translation>
        </message>
        <message>
            <source>Refused stock changes sent again</source>
            <translation>Abgelehnte Bestandsänderungen erneut gesendet</translation>
        </message>
        <message>
            <source>Catalog import</source>
            <translation>Katalogimport</translation>
        </message>
        <message>
            <source>Plan change</source>
            <translation>Planänderung</translation>
        </message>
        <message>
            <source>Staff change</source>
            <translation>Mitarbeiteränderung</translation>
        </message>
        <message>
            <source>Settings change</source>
            <translation>Einstellungsänderung</translation>
        </message>
        <message>
            <source>Backup key shown</source>
            <translation>Sicherungsschlüssel angezeigt</translation>
        </message>
        <message>
            <source>Owner's authority used</source>
            <translation>Befugnis des Inhabers genutzt</translation>
        </message>
        <message>
            <source>Tax class set</source>
            <translation>Steuerklasse gesetzt</translation>
        </message>
        <message>
            <source>Journal of {where}: no records yet</source>
            <translation>Journal von {where}: noch keine Einträge</translation>
        </message>
        <message>
            <source>{terminal}: BROKEN at seq {seq} — {message}; verified up to seq {through}</source>
            <translation>{terminal}: GEBROCHEN bei Nr. {seq} — {message}; geprüft bis Nr. {through}</translation>
        </message>
        <message>
            <source>{terminal}: verified up to seq {through}; seq {first} to {last} intact but not provable here (their key is not on this machine)</source>
            <translation>{terminal}: geprüft bis Nr. {through}; Nr. {first} bis {last} unverändert, hier aber nicht beweisbar (ihr Schlüssel ist nicht auf diesem Rechner)</translation>
        </message>
        <message>
            <source>{terminal}: chain verified, seq 1 to {last}</source>
            <translation>{terminal}: Kette geprüft, Nr. 1 bis {last}</translation>
        </message>
        <message>
            <source>Journal of {where} — {chains}</source>
            <translation>Journal von {where} — {chains}</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Verify chain  Ctrl+Shift+V</source>
            <translation>Kette prüfen  Strg+Umschalt+V</translation>
        </message>
        <message>
            <source>Recompute every record's MAC from the first one (as `pos-app verify-audit` does)</source>
            <translation>Den MAC jedes Eintrags ab dem ersten neu berechnen (wie `pos-app verify-audit`)</translation>
        </message>
        <message>
            <source>Verifying the chain…</source>
            <translation>Kette wird geprüft…</translation>
        </message>
        <message>
            <source>Search sale, SKU, reason…</source>
            <translation>Verkauf, SKU, Grund suchen…</translation>
        </message>
        <message>
            <source>Words in the action, staff, sale id or detail; Enter to search</source>
            <translation>Wörter in Aktion, Mitarbeiter, Verkaufs-ID oder Details; Eingabe sucht</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Alle Aktionen</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>Alle Kassen</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>The chain has not been verified yet</source>
            <translation>Die Kette wurde noch nicht geprüft</translation>
        </message>
        <message>
            <source>{status}  (checked {time})</source>
            <translation>{status}  (geprüft um {time})</translation>
        </message>
        <message>
            <source>The first broken record of this terminal's chain</source>
            <translation>Der erste beschädigte Eintrag in der Kette dieser Kasse</translation>
        </message>
        <message>
            <source>{n} record(s) (the newest shown; narrow the filter to see older ones) · newest first · records cannot be changed or deleted</source>
            <translation>{n} Eintrag/Einträge (die neuesten angezeigt; Filter eingrenzen für ältere) · neueste zuerst · Einträge können nicht geändert oder gelöscht werden</translation>
        </message>
        <message>
            <source>{n} record(s) · newest first · records cannot be changed or deleted</source>
            <translation>{n} Eintrag/Einträge · neueste zuerst · Einträge können nicht geändert oder gelöscht werden</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Sign in first: that was a scan, not a PIN. Choose your name and type your PIN, then scan.</source>
            <translation>Zuerst anmelden: das war ein Scan, keine PIN. Namen wählen, PIN eingeben, dann scannen.</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Choose your name, then type your PIN</source>
            <translation>Namen wählen, dann PIN eingeben</translation>
        </message>
        <message>
            <source>DEMO STORE: nothing here is a real sale. Demo PINs:</source>
            <translation>DEMO-FILIALE: hier ist nichts ein echter Verkauf. Demo-PINs:</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Anmeldemeldung</translation>
        </message>
        <message>
            <source>Manager unlock…</source>
            <translation>Entsperren durch Leitung…</translation>
        </message>
        <message>
            <source>Manager unlock</source>
            <translation>Entsperren durch Leitung</translation>
        </message>
        <message>
            <source>A manager enters their PIN to let the chosen person try again</source>
            <translation>Eine Leitungsperson gibt ihre PIN ein, damit die gewählte Person es erneut versuchen kann</translation>
        </message>
        <message>
            <source>Signing in: {name}</source>
            <translation>Anmeldung: {name}</translation>
        </message>
        <message>
            <source>You can try your PIN again now</source>
            <translation>Sie können Ihre PIN jetzt erneut eingeben</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} Min.</translation>
        </message>
        <message>
            <source>Too many wrong PINs; try again in {wait}</source>
            <translation>Zu viele falsche PINs; erneut versuchen in {wait}</translation>
        </message>
        <message>
            <source>Choose your name first: click it, or type its first letters or use the arrow keys</source>
            <translation>Zuerst den Namen wählen: anklicken, die ersten Buchstaben tippen oder die Pfeiltasten nutzen</translation>
        </message>
        <message>
            <source>Type your PIN</source>
            <translation>PIN eingeben</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>this person</source>
            <translation>diese Person</translation>
        </message>
        <message>
            <source>unlock {name}</source>
            <translation>{name} entsperren</translation>
        </message>
        <message>
            <source>Not unlocked: {reason}</source>
            <translation>Nicht entsperrt: {reason}</translation>
        </message>
        <message>
            <source>the error was logged.</source>
            <translation>der Fehler wurde protokolliert.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Staff member</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Choose who is signing in or approving: touch, or Up and Down arrows, or the first letters of the name</source>
            <translation>Wählen, wer sich anmeldet oder freigibt: antippen, Pfeiltasten auf/ab oder die Anfangsbuchstaben des Namens</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Your PIN, 4 to {n} digits; Enter to confirm, Del clears</source>
            <translation>Ihre PIN, 4 bis {n} Ziffern; Eingabe bestätigt, Entf löscht</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Clear
Del</source>
            <translation>Löschen
Entf</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Clear PIN</source>
            <translation>PIN löschen</translation>
        </message>
        <message>
            <source>Enter PIN</source>
            <translation>PIN eingeben</translation>
        </message>
        <message>
            <source>Digit {digit}</source>
            <translation>Ziffer {digit}</translation>
        </message>
        <message>
            <source>Clears the PIN (Del)</source>
            <translation>Löscht die PIN (Entf)</translation>
        </message>
        <message>
            <source>Key: Del</source>
            <translation>Taste: Entf</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>% of sales</source>
            <translation>% vom Umsatz</translation>
        </message>
        <message>
            <source>Fixed per unit</source>
            <translation>Fest pro Stück</translation>
        </message>
        <message>
            <source>Sales value</source>
            <translation>Umsatzwert</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Stück</translation>
        </message>
        <message>
            <source>Marginal (each band at its rate)</source>
            <translation>Gestaffelt (jede Stufe zu ihrem Satz)</translation>
        </message>
        <message>
            <source>Whole period (all at the tier reached)</source>
            <translation>Ganzer Zeitraum (alles zur erreichten Stufe)</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Kollektion</translation>
        </message>
        <message>
            <source>Product
type</source>
            <translation>Produkt-
typ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Rows ({action} adds one)</source>
            <translation>Zeilen ({action} fügt eine hinzu)</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Pläne</translation>
        </message>
        <message>
            <source>Commission plans</source>
            <translation>Provisionspläne</translation>
        </message>
        <message>
            <source>No plans yet. A new one is open on the right: name it, give it a rate, save.</source>
            <translation>Noch keine Pläne. Rechts ist ein neuer geöffnet: benennen, Satz angeben, speichern.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>What this plan would have paid, next to what was paid (nothing is saved)</source>
            <translation>Was dieser Plan gezahlt hätte, neben dem Gezahlten (nichts wird gespeichert)</translation>
        </message>
        <message>
            <source>{action}  Ins</source>
            <translation>{action}  Einfg</translation>
        </message>
        <message>
            <source>Remove selected  Del</source>
            <translation>Auswahl entfernen  Entf</translation>
        </message>
        <message>
            <source>New plan  Ctrl+N</source>
            <translation>Neuer Plan  Strg+N</translation>
        </message>
        <message>
            <source>Reload plan  Ctrl+R</source>
            <translation>Plan neu laden  Strg+R</translation>
        </message>
        <message>
            <source>Preview  Ctrl+P</source>
            <translation>Vorschau  Strg+P</translation>
        </message>
        <message>
            <source>Save plan  Ctrl+S</source>
            <translation>Plan speichern  Strg+S</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>e.g. Floor staff 2027</source>
            <translation>z. B. Verkaufspersonal 2027</translation>
        </message>
        <message>
            <source>made from the name</source>
            <translation>wird aus dem Namen gebildet</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Week (Monday first)</source>
            <translation>Woche (ab Montag)</translation>
        </message>
        <message>
            <source>All stores</source>
            <translation>Alle Filialen</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Endet am</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Beginnt am</translation>
        </message>
        <message>
            <source>Everyone (or names, separated by commas)</source>
            <translation>Alle (oder Namen, durch Kommas getrennt)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Filiale</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Beginnt</translation>
        </message>
        <message>
            <source>(none ticked: every role)</source>
            <translation>(nichts angehakt: jede Rolle)</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Rates</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Add rate</source>
            <translation>Satz hinzufügen</translation>
        </message>
        <message>
            <source>The most specific matching row pays (SKU, then collection, then product type; then staff member, then role). Empty cells match anything.</source>
            <translation>Es zahlt die genaueste passende Zeile (SKU, dann Kollektion, dann Produkttyp; dann Mitarbeiter, dann Rolle). Leere Zellen passen auf alles.</translation>
        </message>
        <message>
            <source>Spiffs (a fixed amount per unit, on top of the rate)</source>
            <translation>Verkaufsprämien (ein fester Betrag pro Stück, zusätzlich zum Satz)</translation>
        </message>
        <message>
            <source>Amount
per unit</source>
            <translation>Betrag
pro Stück</translation>
        </message>
        <message>
            <source>Add spiff</source>
            <translation>Prämie hinzufügen</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Stufen</translation>
        </message>
        <message>
            <source>Pay a tiered rate on the period's sales</source>
            <translation>Gestaffelten Satz auf den Periodenumsatz zahlen</translation>
        </message>
        <message>
            <source>by</source>
            <translation>nach</translation>
        </message>
        <message>
            <source>From (sales value or units)</source>
            <translation>Ab (Umsatzwert oder Stück)</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Satz %</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Stufe hinzufügen</translation>
        </message>
        <message>
            <source>The first tier starts at 0; each next one starts higher.</source>
            <translation>Die erste Stufe beginnt bei 0; jede weitere beginnt höher.</translation>
        </message>
        <message>
            <source>Bonuses (paid once the period reaches a threshold)</source>
            <translation>Boni (gezahlt, sobald der Zeitraum eine Schwelle erreicht)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Maß</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwelle</translation>
        </message>
        <message>
            <source>Bonus amount</source>
            <translation>Bonusbetrag</translation>
        </message>
        <message>
            <source>Add bonus</source>
            <translation>Bonus hinzufügen</translation>
        </message>
        <message>
            <source>Press Preview to see what this plan would have paid last period, next to what was paid. Nothing is saved.</source>
            <translation>Vorschau zeigt, was dieser Plan im letzten Zeitraum gezahlt hätte, neben dem Gezahlten. Nichts wird gespeichert.</translation>
        </message>
        <message>
            <source>Sales (net)</source>
            <translation>Umsatz (netto)</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Gezahlt</translation>
        </message>
        <message>
            <source>Would pay</source>
            <translation>Würde zahlen</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>Only a manager or owner can change commission plans.</source>
            <translation>Nur Leitung oder Inhaber können Provisionspläne ändern.</translation>
        </message>
        <message>
            <source>store {store}</source>
            <translation>Filiale {store}</translation>
        </message>
        <message>
            <source>all stores</source>
            <translation>alle Filialen</translation>
        </message>
        <message>
            <source> to {date}</source>
            <translation> bis {date}</translation>
        </message>
        <message>
            <source>{name}
version {version} · {scope}
from {date}{until}</source>
            <translation>{name}
Version {version} · {scope}
ab {date}{until}</translation>
        </message>
        <message>
            <source>Editing “{name}”, version {version}.</source>
            <translation>Bearbeitung von „{name}“, Version {version}.</translation>
        </message>
        <message>
            <source>A new plan: give it a name and at least one rate, spiff, tier or bonus.</source>
            <translation>Ein neuer Plan: Namen und mindestens einen Satz, eine Prämie, Stufe oder einen Bonus angeben.</translation>
        </message>
        <message>
            <source>Not saved: fix the fields marked in red.</source>
            <translation>Nicht gespeichert: die rot markierten Felder korrigieren.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Not saved: a plan with the id “{id}” already exists. Choose another id.</source>
            <translation>Nicht gespeichert: ein Plan mit der ID „{id}“ existiert bereits. Andere ID wählen.</translation>
        </message>
        <message>
            <source>Not saved: someone else saved “{name}” while you were editing (you started from version {expected}; it is now version {actual}). Reload it to see their changes, then make yours again.</source>
            <translation>Nicht gespeichert: jemand anderes hat „{name}“ während Ihrer Bearbeitung gespeichert (Sie begannen mit Version {expected}; jetzt ist es Version {actual}). Neu laden, um die Änderungen zu sehen, dann Ihre erneut vornehmen.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Saved “{name}” as version {version}. Terminals pick it up at their next sync.</source>
            <translation>„{name}“ als Version {version} gespeichert. Die Kassen übernehmen ihn bei der nächsten Synchronisierung.</translation>
        </message>
        <message>
            <source>Last period ({period})</source>
            <translation>Letzter Zeitraum ({period})</translation>
        </message>
        <message>
            <source>This period so far ({period})</source>
            <translation>Dieser Zeitraum bisher ({period})</translation>
        </message>
        <message>
            <source>Cannot preview: fix the fields marked in red.</source>
            <translation>Keine Vorschau möglich: die rot markierten Felder korrigieren.</translation>
        </message>
        <message>
            <source>Working out what “{name}” would have paid in {period}…</source>
            <translation>Berechne, was „{name}“ in {period} gezahlt hätte…</translation>
        </message>
        <message>
            <source>central database</source>
            <translation>zentrale Datenbank</translation>
        </message>
        <message>
            <source>this terminal only</source>
            <translation>nur diese Kasse</translation>
        </message>
        <message>
            <source>What “{name}” would have paid in {period} ({source}), next to what was paid. Nothing was saved.</source>
            <translation>Was „{name}“ in {period} gezahlt hätte ({source}), neben dem Gezahlten. Nichts wurde gespeichert.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Nobody this plan covers sold anything in {period}.</source>
            <translation>Niemand in diesem Plan hat in {period} etwas verkauft.</translation>
        </message>
        <message>
            <source>Previewed against {period}.</source>
            <translation>Vorschau für {period}.</translation>
        </message>
        <message>
            <source>{n} record(s) of staff this plan does not cover are left out</source>
            <translation>{n} Datensätze von Mitarbeitern, die dieser Plan nicht abdeckt, bleiben außen vor</translation>
        </message>
        <message>
            <source>{n} return(s) of sales made before the period are clawed back at this plan's rate without tier parts</source>
            <translation>{n} Rückgaben von Verkäufen vor dem Zeitraum werden zum Satz dieses Plans ohne Stufenanteil zurückgebucht</translation>
        </message>
        <message>
            <source>{n} return(s) whose sale is unknown here are left out</source>
            <translation>{n} Rückgaben, deren Verkauf hier unbekannt ist, bleiben außen vor</translation>
        </message>
        <message>
            <source>The plan is in {plan} but the records are in {records}</source>
            <translation>Der Plan ist in {plan}, die Daten sind in {records}</translation>
        </message>
        <message>
            <source>No sales in {period} to preview against</source>
            <translation>Keine Verkäufe in {period} für die Vorschau</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <source>POST-VOID of receipt {no}</source>
            <translation>NACHSTORNO von Beleg {no}</translation>
        </message>
        <message>
            <source>POST-VOID</source>
            <translation>NACHSTORNO</translation>
        </message>
        <message>
            <source>RETURN</source>
            <translation>RÜCKGABE</translation>
        </message>
        <message>
            <source>EXCHANGE</source>
            <translation>UMTAUSCH</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Guthaben</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Geschenkkarte</translation>
        </message>
        <message>
            <source>{tender} refund</source>
            <translation>{tender} Erstattung</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>Vielen Dank!</translation>
        </message>
        <message>
            <source>REPRINT</source>
            <translation>KOPIE</translation>
        </message>
        <message>
            <source>Receipt {no}</source>
            <translation>Beleg {no}</translation>
        </message>
        <message>
            <source>Terminal {terminal}</source>
            <translation>Kasse {terminal}</translation>
        </message>
        <message>
            <source>Cashier: {name}</source>
            <translation>Kassierer: {name}</translation>
        </message>
        <message>
            <source>RETURN of receipt {no}</source>
            <translation>RÜCKGABE von Beleg {no}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Grund: {reason}</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Rabatt</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Zwischensumme</translation>
        </message>
        <message>
            <source>REFUND</source>
            <translation>ERSTATTUNG</translation>
        </message>
        <message>
            <source>TOTAL</source>
            <translation>SUMME</translation>
        </message>
        <message>
            <source>incl. {tax}</source>
            <translation>inkl. {tax}</translation>
        </message>
        <message>
            <source>Cash rounding</source>
            <translation>Bargeldrundung</translation>
        </message>
        <message>
            <source>CHANGE</source>
            <translation>RÜCKGELD</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPdf</name>
        <message>
            <source>Cannot write the PDF receipt to {path}: {reason}</source>
            <translation>Der PDF-Beleg kann nicht nach {path} geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Cannot write the PDF receipt to {path}</source>
            <translation>Der PDF-Beleg kann nicht nach {path} geschrieben werden</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Cash</source>
            <translation>Bar</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Guthaben</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Geschenkkarte</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Überschuss</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Fehlbetrag</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Ausgeglichen</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Kasse</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geöffnet</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>Geöffnet von</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>Geschlossen von</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Gedruckt</translation>
        </message>
        <message>
            <source>Shift ref.</source>
            <translation>Schicht-Ref.</translation>
        </message>
        <message>
            <source>SALES</source>
            <translation>VERKÄUFE</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Vorgänge</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Verkäufe</translation>
        </message>
        <message>
            <source>With returns</source>
            <translation>Mit Rückgaben</translation>
        </message>
        <message>
            <source>Voided before payment</source>
            <translation>Vor Zahlung storniert</translation>
        </message>
        <message>
            <source>Lines voided</source>
            <translation>Stornierte Zeilen</translation>
        </message>
        <message>
            <source>Lines voided, value</source>
            <translation>Stornierte Zeilen, Wert</translation>
        </message>
        <message>
            <source>Items sold</source>
            <translation>Verkaufte Artikel</translation>
        </message>
        <message>
            <source>Items returned</source>
            <translation>Zurückgegebene Artikel</translation>
        </message>
        <message>
            <source>Gross sales</source>
            <translation>Bruttoumsatz</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>Rabatte</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Erstattungen</translation>
        </message>
        <message>
            <source>Net sales</source>
            <translation>Nettoumsatz</translation>
        </message>
        <message>
            <source>Tax added</source>
            <translation>Steuer zugeschlagen</translation>
        </message>
        <message>
            <source>Sales total</source>
            <translation>Umsatz gesamt</translation>
        </message>
        <message>
            <source>REFUNDS BY REASON</source>
            <translation>ERSTATTUNGEN NACH GRUND</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>Kein Grund angegeben</translation>
        </message>
        <message>
            <source>{reason} ({n})</source>
            <translation>{reason} ({n})</translation>
        </message>
        <message>
            <source>TAX BY RATE</source>
            <translation>STEUER NACH SATZ</translation>
        </message>
        <message>
            <source>No tax</source>
            <translation>Keine Steuer</translation>
        </message>
        <message>
            <source>Total tax</source>
            <translation>Steuer gesamt</translation>
        </message>
        <message>
            <source>Tax is included in the prices above</source>
            <translation>Die Steuer ist in den Preisen enthalten</translation>
        </message>
        <message>
            <source>TAKINGS BY TENDER</source>
            <translation>EINNAHMEN NACH ZAHLART</translation>
        </message>
        <message>
            <source>Refunded ({n})</source>
            <translation>Erstattet ({n})</translation>
        </message>
        <message>
            <source>Net {tender}</source>
            <translation>{tender} netto</translation>
        </message>
        <message>
            <source>Total takings</source>
            <translation>Einnahmen gesamt</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Rundung</translation>
        </message>
        <message>
            <source>CASH DRAWER</source>
            <translation>KASSENLADE</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Anfangsbestand</translation>
        </message>
        <message>
            <source>Cash payments (net)</source>
            <translation>Barzahlungen (netto)</translation>
        </message>
        <message>
            <source>Paid in</source>
            <translation>Einlagen</translation>
        </message>
        <message>
            <source>Paid out</source>
            <translation>Entnahmen</translation>
        </message>
        <message>
            <source>Expected in drawer</source>
            <translation>Soll in der Lade</translation>
        </message>
        <message>
            <source>PAID IN / PAID OUT</source>
            <translation>EINLAGEN / ENTNAHMEN</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>X REPORT</source>
            <translation>X-BERICHT</translation>
        </message>
        <message>
            <source>Shift still open - not a closing report</source>
            <translation>Schicht noch offen - kein Abschlussbericht</translation>
        </message>
        <message>
            <source>EXPECTED BY TENDER</source>
            <translation>SOLL NACH ZAHLART</translation>
        </message>
        <message>
            <source>Cash in drawer</source>
            <translation>Bargeld in der Schublade</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Soll</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <source>Z REPORT No. {n}</source>
            <translation>Z-BERICHT Nr. {n}</translation>
        </message>
        <message>
            <source>CLOSING COUNT (BLIND)</source>
            <translation>ABSCHLUSSZÄHLUNG (BLIND)</translation>
        </message>
        <message>
            <source>Total expected</source>
            <translation>Soll gesamt</translation>
        </message>
        <message>
            <source>Total counted</source>
            <translation>Gezählt gesamt</translation>
        </message>
        <message>
            <source>Total {variance}</source>
            <translation>{variance} gesamt</translation>
        </message>
        <message>
            <source>Cash counted less float</source>
            <translation>Gezähltes Bargeld abzgl. Wechselgeld</translation>
        </message>
        <message>
            <source>END OF Z REPORT No. {n}</source>
            <translation>ENDE Z-BERICHT Nr. {n}</translation>
        </message>
        <message>
            <source>No Z reports yet</source>
            <translation>Noch keine Z-Berichte</translation>
        </message>
        <message>
            <source>Z {n}</source>
            <translation>Z {n}</translation>
        </message>
    </context>
    <context>
        <name>Returns</name>
        <message>
            <source>Return or refund</source>
            <translation>Rückgabe oder Erstattung</translation>
        </message>
        <message>
            <source>Return status</source>
            <translation>Rückgabestatus</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>Receipt number, or scan the receipt's barcode</source>
            <translation>Belegnummer, oder den Barcode des Belegs scannen</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Belegnummer</translation>
        </message>
        <message>
            <source>Find  Enter</source>
            <translation>Suchen  Eingabe</translation>
        </message>
        <message>
            <source>Find the receipt</source>
            <translation>Den Beleg suchen</translation>
        </message>
        <message>
            <source>Day of the sale</source>
            <translation>Tag des Verkaufs</translation>
        </message>
        <message>
            <source>From time</source>
            <translation>Ab Uhrzeit</translation>
        </message>
        <message>
            <source>To time</source>
            <translation>Bis Uhrzeit</translation>
        </message>
        <message>
            <source>Find by time</source>
            <translation>Nach Uhrzeit suchen</translation>
        </message>
        <message>
            <source>Find sales by day and time</source>
            <translation>Verkäufe nach Tag und Uhrzeit suchen</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Sale total to find</source>
            <translation>Gesuchte Verkaufssumme</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Beschädigt</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>Falsche Größe</translation>
        </message>
        <message>
            <source>Changed mind</source>
            <translation>Nicht gewünscht</translation>
        </message>
        <message>
            <source>Faulty</source>
            <translation>Defekt</translation>
        </message>
        <message>
            <source>&amp;Receipt</source>
            <translation>&amp;Beleg</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>&amp;from</source>
            <translation>&amp;ab</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>b&amp;is</translation>
        </message>
        <message>
            <source>T&amp;otal</source>
            <translation>&amp;Summe</translation>
        </message>
        <message>
            <source>Find by total</source>
            <translation>Nach Summe suchen</translation>
        </message>
        <message>
            <source>Find sales by their total</source>
            <translation>Verkäufe nach ihrer Summe suchen</translation>
        </message>
        <message>
            <source>Sales found</source>
            <translation>Gefundene Verkäufe</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Kassierer</translation>
        </message>
        <message>
            <source>Lines of the receipt</source>
            <translation>Zeilen des Belegs</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>Verkauft</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Zurückgegeben</translation>
        </message>
        <message>
            <source>Paid each</source>
            <translation>Bezahlt je Stück</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Rückgabe</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Restock</source>
            <translation>Zurück ins Lager</translation>
        </message>
        <message>
            <source>Return without a receipt (a manager approves)</source>
            <translation>Rückgabe ohne Beleg (Freigabe durch Leitung)</translation>
        </message>
        <message>
            <source>Scan or type the barcode or SKU</source>
            <translation>Barcode oder SKU scannen oder eingeben</translation>
        </message>
        <message>
            <source>Item to return</source>
            <translation>Zurückzugebender Artikel</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>One fewer</source>
            <translation>Eins weniger</translation>
        </message>
        <message>
            <source>Quantity to return</source>
            <translation>Rückgabemenge</translation>
        </message>
        <message>
            <source>One more</source>
            <translation>Eins mehr</translation>
        </message>
        <message>
            <source>Return without a receipt</source>
            <translation>Rückgabe ohne Beleg</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Grund:</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Grund: {reason}</translation>
        </message>
        <message>
            <source>F10  No receipt</source>
            <translation>F10  Ohne Beleg</translation>
        </message>
        <message>
            <source>Esc  Cancel</source>
            <translation>Esc  Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the return</source>
            <translation>Die Rückgabe abbrechen</translation>
        </message>
        <message>
            <source>Add the refund to the sale</source>
            <translation>Die Erstattung dem Verkauf hinzufügen</translation>
        </message>
        <message>
            <source>Could not look up the receipt; the error was logged.</source>
            <translation>Der Beleg konnte nicht gesucht werden; der Fehler wurde protokolliert.</translation>
        </message>
        <message>
            <source>Not a receipt number: {text}</source>
            <translation>Keine Belegnummer: {text}</translation>
        </message>
        <message>
            <source>Looking up receipt {ref}…</source>
            <translation>Beleg {ref} wird gesucht…</translation>
        </message>
        <message>
            <source>Finding sales…</source>
            <translation>Verkäufe werden gesucht…</translation>
        </message>
        <message>
            <source>1 sale found: Enter opens it</source>
            <translation>1 Verkauf gefunden: Eingabe öffnet ihn</translation>
        </message>
        <message>
            <source>{n} sales found: choose one (Up, Down, Enter)</source>
            <translation>{n} Verkäufe gefunden: einen wählen (Auf, Ab, Eingabe)</translation>
        </message>
        <message>
            <source>No sale found; check the day, the times or the total</source>
            <translation>Kein Verkauf gefunden; Tag, Uhrzeiten oder Summe prüfen</translation>
        </message>
        <message>
            <source>no tenders</source>
            <translation>keine Zahlungen</translation>
        </message>
        <message>
            <source> (till {till})</source>
            <translation> (Kasse {till})</translation>
        </message>
        <message>
            <source>Receipt #{no}{till}</source>
            <translation>Beleg Nr. {no}{till}</translation>
        </message>
        <message>
            <source>total {amount}</source>
            <translation>Summe {amount}</translation>
        </message>
        <message>
            <source>paid with {tenders}</source>
            <translation>bezahlt mit {tenders}</translation>
        </message>
        <message>
            <source>Everything on receipt #{no} was already returned</source>
            <translation>Alles von Beleg Nr. {no} wurde bereits zurückgegeben</translation>
        </message>
        <message>
            <source>One fewer {title}</source>
            <translation>Ein(e) {title} weniger</translation>
        </message>
        <message>
            <source>One more {title}</source>
            <translation>Ein(e) {title} mehr</translation>
        </message>
        <message>
            <source>Quantity to return of {title}</source>
            <translation>Rückgabemenge von {title}</translation>
        </message>
        <message>
            <source>Restock {title}</source>
            <translation>{title} zurück ins Lager</translation>
        </message>
        <message>
            <source>Only {n} of {title} can still be returned ({done} of {sold} already returned)</source>
            <translation>Von {title} können nur noch {n} zurückgegeben werden ({done} von {sold} bereits zurück)</translation>
        </message>
        <message>
            <source>{title} was already returned</source>
            <translation>{title} wurde bereits zurückgegeben</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>F9  Restock: yes</source>
            <translation>F9  Zurück ins Lager: ja</translation>
        </message>
        <message>
            <source>F9  Restock: no</source>
            <translation>F9  Zurück ins Lager: nein</translation>
        </message>
        <message>
            <source>Refund  F12</source>
            <translation>Erstatten  F12</translation>
        </message>
        <message>
            <source>Refund {n} items  F12</source>
            <translation>{n} Artikel erstatten  F12</translation>
        </message>
        <message>
            <source>Refund {amount}  F12</source>
            <translation>{amount} erstatten  F12</translation>
        </message>
        <message>
            <source>Scan the item, type how many come back, choose why (F1…), then F12</source>
            <translation>Artikel scannen, Menge eingeben, Grund wählen (F1…), dann F12</translation>
        </message>
        <message>
            <source>Scan or type the item that comes back</source>
            <translation>Zurückgegebenen Artikel scannen oder eingeben</translation>
        </message>
        <message>
            <source>Type how many come back (1 or more)</source>
            <translation>Eingeben, wie viele zurückkommen (1 oder mehr)</translation>
        </message>
        <message>
            <source>Choose why it comes back (F1…)</source>
            <translation>Grund der Rückgabe wählen (F1…)</translation>
        </message>
        <message>
            <source>return without a receipt: {qty} × {code}</source>
            <translation>Rückgabe ohne Beleg: {qty} × {code}</translation>
        </message>
        <message>
            <source>Adding the return…</source>
            <translation>Rückgabe wird hinzugefügt…</translation>
        </message>
        <message>
            <source>Type how many of which item come back</source>
            <translation>Eingeben, wie viele von welchem Artikel zurückkommen</translation>
        </message>
        <message>
            <source>Choose why {title} comes back (F1…)</source>
            <translation>Grund der Rückgabe von {title} wählen (F1…)</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Nothing needs review.
A sale whose commission cannot be worked out (no plan covers the seller, or a plan is broken) still completes; its records wait here until a plan covers them.</source>
            <translation>Nichts zu prüfen.
Ein Verkauf, dessen Provision nicht berechnet werden kann (kein Plan deckt die verkaufende Person ab oder ein Plan ist fehlerhaft), wird trotzdem abgeschlossen; seine Einträge warten hier, bis ein Plan sie abdeckt.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Zu prüfen</translation>
        </message>
        <message>
            <source>Recalculate with current plans  Ctrl+R</source>
            <translation>Mit aktuellen Plänen neu berechnen  Strg+R</translation>
        </message>
        <message>
            <source>Work out these records again with the plans this terminal has now (after a plan was fixed and pulled)</source>
            <translation>Diese Einträge mit den Plänen, die diese Kasse jetzt hat, neu berechnen (nachdem ein Plan korrigiert und abgerufen wurde)</translation>
        </message>
        <message>
            <source>Every record waiting for review, whatever the period, for the store, terminal and staff chosen above.</source>
            <translation>Jeder zu prüfende Eintrag, unabhängig vom Zeitraum, für die oben gewählte Filiale, Kasse und Mitarbeiter.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>zu prüfen</translation>
        </message>
        <message>
            <source>Recalculated: {n} record(s) fixed</source>
            <translation>Neu berechnet: {n} Eintrag/Einträge korrigiert</translation>
        </message>
    </context>
    <context>
        <name>Sale</name>
        <message>
            <source>Cart</source>
            <translation>Warenkorb</translation>
        </message>
        <message>
            <source>Scan an item or type to search. 3* then scan sells three.</source>
            <translation>Artikel scannen oder zum Suchen tippen. 3* und dann scannen verkauft drei.</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Rabatt</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Parken</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Geparkt</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Stornieren</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Rückgabe</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Stock count (F11); stock needing attention (Shift+F11)</source>
            <translation>Bestandszählung (F11); Bestand mit Handlungsbedarf (Umschalt+F11)</translation>
        </message>
        <message>
            <source>Scan or type barcode, SKU or name</source>
            <translation>Barcode, SKU oder Name</translation>
        </message>
        <message>
            <source>Scan or search</source>
            <translation>Scannen oder suchen</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Pay  F12</source>
            <translation>Bezahlen  F12</translation>
        </message>
        <message>
            <source>Pay (F12)</source>
            <translation>Bezahlen (F12)</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Zwischensumme</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>Rabatte</translation>
        </message>
        <message>
            <source>Refund  F12</source>
            <translation>Erstatten  F12</translation>
        </message>
        <message>
            <source>Refund (F12)</source>
            <translation>Erstatten (F12)</translation>
        </message>
        <message>
            <source>No products yet: import a catalog or sync with Shopify.</source>
            <translation>Noch keine Produkte: einen Katalog importieren oder mit Shopify synchronisieren.</translation>
        </message>
        <message>
            <source>Nothing matches “{text}”</source>
            <translation>Nichts passt zu „{text}“</translation>
        </message>
        <message>
            <source>Check the spelling, or scan the item</source>
            <translation>Schreibweise prüfen oder den Artikel scannen</translation>
        </message>
        <message>
            <source>{product}: choose a variant (↑ ↓ then Enter, or touch it)</source>
            <translation>{product}: Variante wählen (↑ ↓ dann Eingabe, oder antippen)</translation>
        </message>
        <message>
            <source>Something went wrong; the sale is safe. The error was logged.</source>
            <translation>Etwas ist schiefgegangen; der Verkauf ist sicher. Der Fehler wurde protokolliert.</translation>
        </message>
        <message>
            <source>Next item × {n}</source>
            <translation>Nächster Artikel × {n}</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>New quantity:</source>
            <translation>Neue Menge:</translation>
        </message>
        <message>
            <source>removing line {no}</source>
            <translation>Zeile {no} entfernen</translation>
        </message>
        <message>
            <source>Sale held. F6 shows held sales.</source>
            <translation>Verkauf geparkt. F6 zeigt geparkte Verkäufe.</translation>
        </message>
        <message>
            <source>void this sale</source>
            <translation>diesen Verkauf stornieren</translation>
        </message>
        <message>
            <source>open the drawer without a sale</source>
            <translation>Lade ohne Verkauf öffnen</translation>
        </message>
        <message>
            <source>Price override</source>
            <translation>Preisänderung</translation>
        </message>
        <message>
            <source>New unit price for {title} (now {price}):</source>
            <translation>Neuer Stückpreis für {title} (jetzt {price}):</translation>
        </message>
        <message>
            <source>price override on line {no}: {title}</source>
            <translation>Preisänderung in Zeile {no}: {title}</translation>
        </message>
        <message>
            <source>from {price}</source>
            <translation>ab {price}</translation>
        </message>
        <message>
            <source>{n} variants — Enter to choose</source>
            <translation>{n} Varianten — Eingabe zum Wählen</translation>
        </message>
        <message>
            <source>{n} in stock</source>
            <translation>{n} auf Lager</translation>
        </message>
        <message>
            <source>Barcode {code} did not scan right (wrong check digit) — scan it again or type the number</source>
            <translation>Barcode {code} wurde nicht richtig gelesen (falsche Prüfziffer) — erneut scannen oder die Nummer eingeben</translation>
        </message>
        <message>
            <source>“{code}” is not a barcode or SKU we can read — scan it again or search by name</source>
            <translation>„{code}“ ist kein lesbarer Barcode und keine SKU — erneut scannen oder nach Namen suchen</translation>
        </message>
        <message>
            <source>No product with barcode {code} — check the number or search by name</source>
            <translation>Kein Produkt mit Barcode {code} — Nummer prüfen oder nach Namen suchen</translation>
        </message>
        <message>
            <source>No product with SKU or code {code} — check it or search by name</source>
            <translation>Kein Produkt mit SKU oder Code {code} — prüfen oder nach Namen suchen</translation>
        </message>
        <message>
            <source>1 item</source>
            <translation>1 Artikel</translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation>{n} Artikel</translation>
        </message>
        <message>
            <source>{n} returned</source>
            <translation>{n} zurückgegeben</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings of this till</source>
            <translation>Einstellungen dieser Kasse</translation>
        </message>
        <message>
            <source>Set-up wizard (F2)</source>
            <translation>Einrichtungsassistent (F2)</translation>
        </message>
        <message>
            <source>Open the set-up wizard to do a skipped step</source>
            <translation>Den Einrichtungsassistenten öffnen, um einen übersprungenen Schritt nachzuholen</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <source>A step skipped at the first start can be done here: the wizard opens at the taxes (the store is kept), F8 skips what is already right. The counter reads the new settings when it starts again.</source>
            <translation>Ein beim ersten Start übersprungener Schritt lässt sich hier nachholen: Der Assistent öffnet bei den Steuern (der Laden bleibt), F8 überspringt, was schon stimmt. Die Kasse liest die neuen Einstellungen beim nächsten Start.</translation>
        </message>
        <message>
            <source>Store and till</source>
            <translation>Laden und Kasse</translation>
        </message>
        <message>
            <source>Tax classes</source>
            <translation>Steuerklassen</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>Shopify</source>
            <translation>Shopify</translation>
        </message>
        <message>
            <source>Central database</source>
            <translation>Zentrale Datenbank</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Belegdrucker</translation>
        </message>
        <message>
            <source>No store yet</source>
            <translation>Noch kein Laden</translation>
        </message>
        <message>
            <source>No tax class yet: prices are sold without tax</source>
            <translation>Noch keine Steuerklasse: Preise werden ohne Steuer verkauft</translation>
        </message>
        <message>
            <source>No owner's account yet: the owner adds the staff</source>
            <translation>Noch kein Inhaberkonto: der Inhaber legt das Personal an</translation>
        </message>
        <message>
            <source>Not connected: this till sells offline only</source>
            <translation>Nicht verbunden: diese Kasse verkauft nur offline</translation>
        </message>
        <message>
            <source>The embedded database on this till</source>
            <translation>Die eingebettete Datenbank dieser Kasse</translation>
        </message>
        <message>
            <source>No printer: receipts are saved as PDF</source>
            <translation>Kein Drucker: Belege werden als PDF gespeichert</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>Set up this till</source>
            <translation>Diese Kasse einrichten</translation>
        </message>
        <message>
            <source>Set-up steps</source>
            <translation>Einrichtungsschritte</translation>
        </message>
        <message>
            <source>What the step did</source>
            <translation>Was der Schritt getan hat</translation>
        </message>
        <message>
            <source>Step in progress</source>
            <translation>Schritt läuft</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Cancel the running step</source>
            <translation>Den laufenden Schritt abbrechen</translation>
        </message>
        <message>
            <source>Finish later (Esc)</source>
            <translation>Später fertigstellen (Esc)</translation>
        </message>
        <message>
            <source>Close the set-up and finish later</source>
            <translation>Einrichtung schließen und später fertigstellen</translation>
        </message>
        <message>
            <source>Skip (F8)</source>
            <translation>Überspringen (F8)</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Diesen Schritt überspringen</translation>
        </message>
        <message>
            <source>Continue (Enter)</source>
            <translation>Weiter (Eingabe)</translation>
        </message>
        <message>
            <source>Do this step and continue</source>
            <translation>Diesen Schritt ausführen und weiter</translation>
        </message>
        <message>
            <source>Back (PgUp)</source>
            <translation>Zurück (Bild auf)</translation>
        </message>
        <message>
            <source>Back to the step before</source>
            <translation>Zurück zum vorigen Schritt</translation>
        </message>
        <message>
            <source>1 Store and till</source>
            <translation>1 Filiale und Kasse</translation>
        </message>
        <message>
            <source>2 Taxes</source>
            <translation>2 Steuern</translation>
        </message>
        <message>
            <source>3 Owner</source>
            <translation>3 Inhaber</translation>
        </message>
        <message>
            <source>4 Shopify</source>
            <translation>4 Shopify</translation>
        </message>
        <message>
            <source>5 Central database</source>
            <translation>5 Zentrale Datenbank</translation>
        </message>
        <message>
            <source>6 Printer</source>
            <translation>6 Drucker</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>Filial-ID</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>Filialname</translation>
        </message>
        <message>
            <source>Till id</source>
            <translation>Kassen-ID</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>Gebietsschema</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Currency (ISO code)</source>
            <translation>Währung (ISO-Code)</translation>
        </message>
        <message>
            <source>Locale (e.g. en_US, de_DE)</source>
            <translation>Gebietsschema (z. B. de_DE, de_AT)</translation>
        </message>
        <message>
            <source>Time zone (e.g. America/Chicago)</source>
            <translation>Zeitzone (z. B. Europe/Berlin)</translation>
        </message>
        <message>
            <source>Data directory: {path}</source>
            <translation>Datenverzeichnis: {path}</translation>
        </message>
        <message>
            <source>Standard tax rate in percent</source>
            <translation>Normaler Steuersatz in Prozent</translation>
        </message>
        <message>
            <source>e.g. 8.25; empty: no tax</source>
            <translation>z. B. 19; leer: keine Steuer</translation>
        </message>
        <message>
            <source>Tax name</source>
            <translation>Steuername</translation>
        </message>
        <message>
            <source>Sales tax</source>
            <translation>Umsatzsteuer</translation>
        </message>
        <message>
            <source>Prices include tax</source>
            <translation>Preise enthalten Steuer</translation>
        </message>
        <message>
            <source>Tax rounded per line</source>
            <translation>Steuer je Zeile gerundet</translation>
        </message>
        <message>
            <source>Tax rounded on the total</source>
            <translation>Steuer auf die Summe gerundet</translation>
        </message>
        <message>
            <source>Tax rounding</source>
            <translation>Steuerrundung</translation>
        </message>
        <message>
            <source>Cash rounding in minor units</source>
            <translation>Bargeldrundung in kleinsten Einheiten</translation>
        </message>
        <message>
            <source>Standard rate (%)</source>
            <translation>Normalsatz (%)</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Rundung</translation>
        </message>
        <message>
            <source>Cash rounding (1 = none, 5 = 0.05)</source>
            <translation>Bargeldrundung (1 = keine, 5 = 0,05)</translation>
        </message>
        <message>
            <source>Two classes are made: standard (this rate) and exempt (0 %), the classes Shopify's taxable and untaxed products use.</source>
            <translation>Zwei Klassen werden angelegt: normal (dieser Satz) und befreit (0 %), die Klassen für steuerpflichtige und steuerfreie Shopify-Produkte.</translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation>Name des Inhabers</translation>
        </message>
        <message>
            <source>Owner's PIN</source>
            <translation>PIN des Inhabers</translation>
        </message>
        <message>
            <source>Owner's PIN again</source>
            <translation>PIN des Inhabers noch einmal</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN noch einmal</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>PIN (4 to 8 digits)</source>
            <translation>PIN (4 bis 8 Ziffern)</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Shop</translation>
        </message>
        <message>
            <source>my-shop, my-shop.myshopify.com or admin.shopify.com/store/my-shop</source>
            <translation>mein-shop, mein-shop.myshopify.com oder admin.shopify.com/store/mein-shop</translation>
        </message>
        <message>
            <source>Admin API access token</source>
            <translation>Zugriffstoken der Admin-API</translation>
        </message>
        <message>
            <source>Location this till sells from</source>
            <translation>Standort, von dem diese Kasse verkauft</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Zugriffstoken</translation>
        </message>
        <message>
            <source>Location (Up/Down)</source>
            <translation>Standort (Auf/Ab)</translation>
        </message>
        <message>
            <source>Enter tests the token and lists the shop's locations; Enter again connects, stores the token in the keyring and pulls the catalog.</source>
            <translation>Eingabe prüft das Token und listet die Standorte des Shops; erneut Eingabe verbindet, speichert das Token im Schlüsselbund und lädt den Katalog.</translation>
        </message>
        <message>
            <source>This till's central database URL</source>
            <translation>URL der zentralen Datenbank für diese Kasse</translation>
        </message>
        <message>
            <source>Store id at central</source>
            <translation>Filial-ID in der Zentrale</translation>
        </message>
        <message>
            <source>Database owner's URL (optional)</source>
            <translation>URL des Datenbankeigentümers (optional)</translation>
        </message>
        <message>
            <source>postgresql+psycopg://OWNER@HOST/DB: creates the schema and this till's role</source>
            <translation>postgresql+psycopg://OWNER@HOST/DB: legt das Schema und die Rolle dieser Kasse an</translation>
        </message>
        <message>
            <source>Database owner's password</source>
            <translation>Passwort des Datenbankeigentümers</translation>
        </message>
        <message>
            <source>Till's URL</source>
            <translation>URL der Kasse</translation>
        </message>
        <message>
            <source>Owner's URL</source>
            <translation>URL des Eigentümers</translation>
        </message>
        <message>
            <source>Owner's password</source>
            <translation>Passwort des Eigentümers</translation>
        </message>
        <message>
            <source>Skip (F8) keeps the embedded database on this till; connect later with `pos-app central connect`.</source>
            <translation>Überspringen (F8) behält die eingebettete Datenbank auf dieser Kasse; später mit `pos-app central connect` verbinden.</translation>
        </message>
        <message>
            <source>Printers found on this till</source>
            <translation>An dieser Kasse gefundene Drucker</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Belegdrucker</translation>
        </message>
        <message>
            <source>Look again (F5)</source>
            <translation>Erneut suchen (F5)</translation>
        </message>
        <message>
            <source>Look for printers again</source>
            <translation>Erneut nach Druckern suchen</translation>
        </message>
        <message>
            <source>Test page only (F2)</source>
            <translation>Nur Testseite (F2)</translation>
        </message>
        <message>
            <source>Print a test page without keeping the printer</source>
            <translation>Eine Testseite drucken, ohne den Drucker zu übernehmen</translation>
        </message>
        <message>
            <source>Found (Up/Down)</source>
            <translation>Gefunden (Auf/Ab)</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <source>A network printer is not searched for: type network:HOST (port 9100) or network:HOST:PORT. Enter prints a test page (the store's name, the date and time, a ruler per character width, a cut) and keeps the printer.</source>
            <translation>Netzwerkdrucker werden nicht gesucht: network:HOST (Port 9100) oder network:HOST:PORT eingeben. Enter druckt eine Testseite (Name des Ladens, Datum und Uhrzeit, ein Lineal je Zeichenbreite, ein Schnitt) und übernimmt den Drucker.</translation>
        </message>
        <message>
            <source>Looking for printers…</source>
            <translation>Drucker werden gesucht…</translation>
        </message>
        <message>
            <source>No printer found: type a network printer's address below, or check the USB cable and power and look again (F5)</source>
            <translation>Kein Drucker gefunden: unten die Adresse eines Netzwerkdruckers eingeben, oder USB-Kabel und Strom prüfen und erneut suchen (F5)</translation>
        </message>
        <message>
            <source>USB printer on {path}</source>
            <translation>USB-Drucker an {path}</translation>
        </message>
        <message>
            <source>USB printer {ids}</source>
            <translation>USB-Drucker {ids}</translation>
        </message>
        <message>
            <source>Serial port {path}</source>
            <translation>Serielle Schnittstelle {path}</translation>
        </message>
        <message>
            <source>CUPS queue {queue}</source>
            <translation>CUPS-Warteschlange {queue}</translation>
        </message>
        <message>
            <source>This user may not write to {path}: add it to the device's group (often lp) and sign in again</source>
            <translation>Dieser Benutzer darf nicht auf {path} schreiben: ihn zur Gruppe des Geräts hinzufügen (oft lp) und neu anmelden</translation>
        </message>
        <message>
            <source>CUPS prints to it as a page printer: choose the printer itself (USB, network or serial)</source>
            <translation>CUPS druckt darauf als Seitendrucker: den Drucker selbst wählen (USB, Netzwerk oder seriell)</translation>
        </message>
        <message>
            <source>Printer test page</source>
            <translation>Testseite des Druckers</translation>
        </message>
        <message>
            <source>Printed {when}</source>
            <translation>Gedruckt am {when}</translation>
        </message>
        <message>
            <source>Printer {device}</source>
            <translation>Drucker {device}</translation>
        </message>
        <message>
            <source>Normal text, {n} characters:</source>
            <translation>Normaler Text, {n} Zeichen:</translation>
        </message>
        <message>
            <source>Small text, {n} characters:</source>
            <translation>Kleiner Text, {n} Zeichen:</translation>
        </message>
        <message>
            <source>Wide, {n} characters:</source>
            <translation>Doppelte Breite, {n} Zeichen:</translation>
        </message>
        <message>
            <source>Each ruler on one line and the paper cut: receipts will print.</source>
            <translation>Jedes Lineal auf einer Zeile und das Papier geschnitten: Belege werden gedruckt.</translation>
        </message>
        <message>
            <source>{done} products read</source>
            <translation>{done} Produkte gelesen</translation>
        </message>
        <message>
            <source>{done} of {total} products</source>
            <translation>{done} von {total} Produkten</translation>
        </message>
        <message>
            <source>Shopify is preparing the catalog: {records} records so far</source>
            <translation>Shopify bereitet den Katalog vor: bisher {records} Datensätze</translation>
        </message>
        <message>
            <source>Pulling the catalog from Shopify: {count}</source>
            <translation>Katalog wird von Shopify geladen: {count}</translation>
        </message>
        <message>
            <source>Shopify: connected; the catalog is pulled by the next sync.</source>
            <translation>Shopify: verbunden; die nächste Synchronisierung lädt den Katalog.</translation>
        </message>
        <message>
            <source>Shopify: connected. The catalog pull was stopped at {count}; the next sync pulls the rest.</source>
            <translation>Shopify: verbunden. Das Laden des Katalogs wurde bei {count} angehalten; die nächste Synchronisierung lädt den Rest.</translation>
        </message>
        <message>
            <source>Shopify: connected. Catalog pulled: {count}.</source>
            <translation>Shopify: verbunden. Katalog geladen: {count}.</translation>
        </message>
        <message>
            <source>Central database: connected; this till's sales now go to it.</source>
            <translation>Zentrale Datenbank: verbunden; die Verkäufe dieser Kasse gehen jetzt dorthin.</translation>
        </message>
        <message>
            <source>Choose a printer (Up/Down) or type its form (e.g. network:192.0.2.10), or skip with F8</source>
            <translation>Einen Drucker wählen (Auf/Ab) oder seine Form eingeben (z. B. network:192.0.2.10), oder mit F8 überspringen</translation>
        </message>
        <message>
            <source>Test page sent to {device}. Enter keeps this printer.</source>
            <translation>Testseite an {device} gesendet. Enter übernimmt diesen Drucker.</translation>
        </message>
        <message>
            <source>The printer at {target} did not answer ({detail}). Check that it is switched on and its address (its network status sheet: hold FEED while switching it on), and that this till is on the same network.</source>
            <translation>Der Drucker unter {target} hat nicht geantwortet ({detail}). Prüfen Sie, ob er eingeschaltet ist, und seine Adresse (sein Netzwerk-Statusblatt: FEED beim Einschalten gedrückt halten), und ob diese Kasse im selben Netzwerk ist.</translation>
        </message>
        <message>
            <source>Cannot write to {target} ({detail}). Check that the printer is switched on and its cable is in, and that this user may write to {target} (the device's group, often lp).</source>
            <translation>{target} ist nicht beschreibbar ({detail}). Prüfen Sie, ob der Drucker eingeschaltet und das Kabel eingesteckt ist und ob dieser Benutzer auf {target} schreiben darf (die Gruppe des Geräts, oft lp).</translation>
        </message>
        <message>
            <source>The USB printer {target} was not reached ({detail}). Check the cable and power, its ids with lsusb, and that this user may use the device (a udev rule).</source>
            <translation>Der USB-Drucker {target} wurde nicht erreicht ({detail}). Prüfen Sie Kabel und Strom, seine IDs mit lsusb und ob dieser Benutzer das Gerät verwenden darf (eine udev-Regel).</translation>
        </message>
        <message>
            <source>The CUPS queue {target} did not take the test page ({detail}). Check that the queue exists and accepts jobs (lpstat -p {target}) and that the CUPS client (lp) is installed.</source>
            <translation>Die CUPS-Warteschlange {target} hat die Testseite nicht angenommen ({detail}). Prüfen Sie, ob die Warteschlange existiert und Aufträge annimmt (lpstat -p {target}) und ob der CUPS-Client (lp) installiert ist.</translation>
        </message>
        <message>
            <source>The serial port {target} could not be used ({detail}). Check the cable, the port's name and the baud rate.</source>
            <translation>Die serielle Schnittstelle {target} konnte nicht verwendet werden ({detail}). Prüfen Sie Kabel, Namen der Schnittstelle und Baudrate.</translation>
        </message>
        <message>
            <source>What was set up</source>
            <translation>Was eingerichtet wurde</translation>
        </message>
        <message>
            <source>network:HOST[:PORT], usb:VID:PID, serial:DEVICE, file:PATH or cups:QUEUE</source>
            <translation>network:HOST[:PORT], usb:VID:PID, serial:GERÄT, file:PFAD oder cups:WARTESCHLANGE</translation>
        </message>
        <message>
            <source>Who this store and this till are. Skip (F8) starts the store with what is shown.</source>
            <translation>Wer diese Filiale und diese Kasse sind. Überspringen (F8) startet die Filiale mit den angezeigten Werten.</translation>
        </message>
        <message>
            <source>How prices are taxed and rounded.</source>
            <translation>Wie Preise besteuert und gerundet werden.</translation>
        </message>
        <message>
            <source>The store's first account: it adds the staff.</source>
            <translation>Das erste Konto der Filiale: es legt die Mitarbeiter an.</translation>
        </message>
        <message>
            <source>Sell Shopify's catalog and keep its stock.</source>
            <translation>Den Shopify-Katalog verkaufen und seinen Bestand führen.</translation>
        </message>
        <message>
            <source>Where every till's sales meet.</source>
            <translation>Wo die Verkäufe aller Kassen zusammenkommen.</translation>
        </message>
        <message>
            <source>The receipt printer and the cash drawer.</source>
            <translation>Der Belegdrucker und die Kassenlade.</translation>
        </message>
        <message>
            <source>Enter starts the counter.</source>
            <translation>Eingabe startet die Kasse.</translation>
        </message>
        <message>
            <source>Start selling (Enter)</source>
            <translation>Verkauf starten (Eingabe)</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>skipped: do it later with `pos-app setup`</source>
            <translation>übersprungen: später mit `pos-app setup` erledigen</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>nicht erledigt</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
        <message>
            <source>This step failed: {error}</source>
            <translation>Dieser Schritt ist fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Cancelling: the step stops at its next safe point; nothing is left half done.</source>
            <translation>Wird abgebrochen: der Schritt hält am nächsten sicheren Punkt; nichts bleibt halb erledigt.</translation>
        </message>
        <message>
            <source>{step}: done.</source>
            <translation>{step}: erledigt.</translation>
        </message>
        <message>
            <source>Cash rounding is a whole number of minor units: 1 for none, 5 for 0.05</source>
            <translation>Die Bargeldrundung ist eine ganze Zahl kleinster Einheiten: 1 für keine, 5 für 0,05</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Exempt</source>
            <translation>Befreit</translation>
        </message>
        <message>
            <source>Type the owner's name first</source>
            <translation>Zuerst den Namen des Inhabers eingeben</translation>
        </message>
        <message>
            <source>Pick the location this till sells from (Up/Down) and press Enter to connect and pull the catalog.</source>
            <translation>Den Standort dieser Kasse wählen (Auf/Ab) und Eingabe drücken, um zu verbinden und den Katalog zu laden.</translation>
        </message>
        <message>
            <source>The shop has no active location: add one in Shopify's admin, then test again</source>
            <translation>Der Shop hat keinen aktiven Standort: in der Shopify-Verwaltung einen anlegen, dann erneut prüfen</translation>
        </message>
    </context>
    <context>
        <name>Shift</name>
        <message>
            <source>Cash in drawer</source>
            <translation>Bargeld in der Schublade</translation>
        </message>
        <message>
            <source>Card terminal batch</source>
            <translation>Kartenterminal-Abschluss</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Guthaben</translation>
        </message>
        <message>
            <source>Gift cards</source>
            <translation>Geschenkkarten</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Close the report</source>
            <translation>Den Bericht schließen</translation>
        </message>
        <message>
            <source>Print (Ctrl+P)</source>
            <translation>Drucken (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Den Bericht drucken</translation>
        </message>
        <message>
            <source>Open shift</source>
            <translation>Schicht öffnen</translation>
        </message>
        <message>
            <source>Open the shift: count the float in the drawer</source>
            <translation>Schicht öffnen: das Wechselgeld in der Schublade zählen</translation>
        </message>
        <message>
            <source>Float, e.g. {amount}</source>
            <translation>Wechselgeld, z. B. {amount}</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Anfangsbestand</translation>
        </message>
        <message>
            <source>Open shift (Enter)</source>
            <translation>Schicht öffnen (Eingabe)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Could not open the shift</source>
            <translation>Die Schicht konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>Shift open since {time} by {name}</source>
            <translation>Schicht offen seit {time}, von {name}</translation>
        </message>
        <message>
            <source>No shift is open</source>
            <translation>Keine Schicht geöffnet</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Cash in or out amount</source>
            <translation>Betrag der Einlage oder Entnahme</translation>
        </message>
        <message>
            <source>Reason (e.g. change from bank, supplier paid)</source>
            <translation>Grund (z. B. Wechselgeld, Lieferant bezahlt)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Einlage</translation>
        </message>
        <message>
            <source>Cash in (F2)</source>
            <translation>Einlage (F2)</translation>
        </message>
        <message>
            <source>Cash out (F3)</source>
            <translation>Entnahme (F3)</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Entnahme</translation>
        </message>
        <message>
            <source>X report (F4)</source>
            <translation>X-Bericht (F4)</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>X-Bericht</translation>
        </message>
        <message>
            <source>Close the shift: count each tender. Expected amounts are not shown (blind count).</source>
            <translation>Schicht schließen: jede Zahlart zählen. Sollbeträge werden nicht angezeigt (Blindzählung).</translation>
        </message>
        <message>
            <source>Counted amount</source>
            <translation>Gezählter Betrag</translation>
        </message>
        <message>
            <source>Close shift and print Z report (F12)</source>
            <translation>Schicht schließen und Z-Bericht drucken (F12)</translation>
        </message>
        <message>
            <source>Close shift and print Z report</source>
            <translation>Schicht schließen und Z-Bericht drucken</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>Zurück (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>That did not work; logged.</source>
            <translation>Das hat nicht geklappt; protokolliert.</translation>
        </message>
        <message>
            <source>Cash out recorded</source>
            <translation>Entnahme gebucht</translation>
        </message>
        <message>
            <source>Cash in recorded</source>
            <translation>Einlage gebucht</translation>
        </message>
        <message>
            <source>cash out {amount} ({reason})</source>
            <translation>Entnahme {amount} ({reason})</translation>
        </message>
        <message>
            <source>no reason</source>
            <translation>ohne Grund</translation>
        </message>
        <message>
            <source>Count {tender} first</source>
            <translation>Zuerst zählen: {tender}</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>Z-Bericht</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Nobody here yet.
Add the people who sell and approve (Ctrl+N): each gets a PIN, and signs in on every till of the store after its next sync.</source>
            <translation>Noch niemand da.
Die Personen hinzufügen, die verkaufen und freigeben (Strg+N): jede bekommt eine PIN und meldet sich nach der nächsten Synchronisierung an jeder Kasse der Filiale an.</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Kassierer</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Schichtleitung</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Filialleitung</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Inhaber</translation>
        </message>
        <message>
            <source>New PIN ({low} to {high} digits)</source>
            <translation>Neue PIN ({low} bis {high} Ziffern)</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Neue PIN</translation>
        </message>
        <message>
            <source>That was a scan, not a PIN: type the PIN</source>
            <translation>Das war ein Scan, keine PIN: die PIN eingeben</translation>
        </message>
        <message>
            <source>A PIN is {low} to {high} digits</source>
            <translation>Eine PIN hat {low} bis {high} Ziffern</translation>
        </message>
        <message>
            <source>Type the same PIN again</source>
            <translation>Dieselbe PIN noch einmal eingeben</translation>
        </message>
        <message>
            <source>The two PINs were not the same; type the new PIN again</source>
            <translation>Die beiden PINs stimmen nicht überein; die neue PIN erneut eingeben</translation>
        </message>
        <message>
            <source>Name, as the sign-in list shows it</source>
            <translation>Name, wie ihn die Anmeldeliste zeigt</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Speichern (Eingabe)</translation>
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation>Weiter (Eingabe)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Type the person's name first</source>
            <translation>Zuerst den Namen der Person eingeben</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <source>Show leavers (Ctrl+L)</source>
            <translation>Ausgeschiedene zeigen (Strg+L)</translation>
        </message>
        <message>
            <source>Show leavers</source>
            <translation>Ausgeschiedene zeigen</translation>
        </message>
        <message>
            <source>Add (Ctrl+N)</source>
            <translation>Hinzufügen (Strg+N)</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <source>Change PIN (Ctrl+P)</source>
            <translation>PIN ändern (Strg+P)</translation>
        </message>
        <message>
            <source>Change PIN</source>
            <translation>PIN ändern</translation>
        </message>
        <message>
            <source>Role (Ctrl+R)</source>
            <translation>Rolle (Strg+R)</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Rolle ändern</translation>
        </message>
        <message>
            <source>Deactivate (Del)</source>
            <translation>Deaktivieren (Entf)</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Bring back (Ctrl+B)</source>
            <translation>Zurückholen (Strg+B)</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Zurückholen</translation>
        </message>
        <message>
            <source>Changes reach the store's other tills at their next sync; a deactivated person is refused on this till at once.</source>
            <translation>Änderungen erreichen die anderen Kassen der Filiale bei ihrer nächsten Synchronisierung; eine deaktivierte Person wird an dieser Kasse sofort abgewiesen.</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>No PIN yet</source>
            <translation>Noch keine PIN</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>{name} added: they sign in here now, and on the store's other tills after their next sync.</source>
            <translation>{name} hinzugefügt: meldet sich jetzt hier an und an den anderen Kassen nach deren nächster Synchronisierung.</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>Neue PIN für {name}</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>{name} hat eine neue PIN.</translation>
        </message>
        <message>
            <source>Role of {name}</source>
            <translation>Rolle von {name}</translation>
        </message>
        <message>
            <source>{name} is now: {role}.</source>
            <translation>{name} ist jetzt: {role}.</translation>
        </message>
        <message>
            <source>Deactivate {name}?</source>
            <translation>{name} deaktivieren?</translation>
        </message>
        <message>
            <source>They cannot sign in on this till from now, nor on the store's other tills after their next sync. Their name stays on past sales.</source>
            <translation>Ab jetzt keine Anmeldung an dieser Kasse, an den anderen Kassen nach deren nächster Synchronisierung. Der Name bleibt auf früheren Verkäufen.</translation>
        </message>
        <message>
            <source>Deactivate (Enter)</source>
            <translation>Deaktivieren (Eingabe)</translation>
        </message>
        <message>
            <source>{name} is deactivated.</source>
            <translation>{name} ist deaktiviert.</translation>
        </message>
        <message>
            <source>Bring back {name}, with a new PIN</source>
            <translation>{name} zurückholen, mit neuer PIN</translation>
        </message>
        <message>
            <source>{name} is back.</source>
            <translation>{name} ist zurück.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bestätigen</translation>
        </message>
    </context>
    <context>
        <name>StockAttention</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Oversold</source>
            <translation>Überverkauft</translation>
        </message>
        <message>
            <source>Count sent as variance</source>
            <translation>Zählung als Differenz gesendet</translation>
        </message>
        <message>
            <source>Unknown SKU</source>
            <translation>Unbekannte SKU</translation>
        </message>
        <message>
            <source>Refused by Shopify</source>
            <translation>Von Shopify abgelehnt</translation>
        </message>
        <message>
            <source>Unreadable stock change</source>
            <translation>Unlesbare Bestandsänderung</translation>
        </message>
        <message>
            <source>Barcode on two SKUs</source>
            <translation>Barcode auf zwei SKUs</translation>
        </message>
        <message>
            <source>Nothing to send again: no stock change is set aside any more.</source>
            <translation>Nichts erneut zu senden: keine Bestandsänderung ist mehr zurückgestellt.</translation>
        </message>
        <message>
            <source>Sent again: 1 stock change. It goes to Shopify with the next sync.</source>
            <translation>Erneut gesendet: 1 Bestandsänderung. Sie geht mit der nächsten Synchronisierung an Shopify.</translation>
        </message>
        <message>
            <source>Sent again: {n} stock changes. They go to Shopify with the next sync.</source>
            <translation>Erneut gesendet: {n} Bestandsänderungen. Sie gehen mit der nächsten Synchronisierung an Shopify.</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal: there is no stock to reconcile.</source>
            <translation>Shopify ist an dieser Kasse nicht eingerichtet: es gibt keinen Bestand abzugleichen.</translation>
        </message>
        <message>
            <source>Nothing needs attention. Oversells after offline periods, counts that Shopify moved meanwhile, unknown SKUs and stock changes Shopify refused appear here.</source>
            <translation>Nichts zu tun. Überverkäufe nach Offline-Zeiten, Zählungen, die Shopify inzwischen verändert hat, unbekannte SKUs und von Shopify abgelehnte Bestandsänderungen erscheinen hier.</translation>
        </message>
        <message>
            <source>Stock needing attention</source>
            <translation>Bestand mit Handlungsbedarf</translation>
        </message>
        <message>
            <source>Look into each item (recount the shelf, check the online order), then resolve it. Resolved items leave this list and stay in the audit log. A stock change Shopify refused: fix the cause in Shopify and press Send again, or resolve it if you put the stock right in Shopify yourself (it is then never sent).</source>
            <translation>Jeden Eintrag prüfen (Regal nachzählen, Onlinebestellung prüfen), dann erledigen. Erledigte verlassen diese Liste und bleiben im Prüfprotokoll. Eine von Shopify abgelehnte Bestandsänderung: die Ursache in Shopify beheben und „Erneut senden“ drücken, oder sie erledigen, wenn Sie den Bestand in Shopify selbst korrigiert haben (sie wird dann nie gesendet).</translation>
        </message>
        <message>
            <source>stock attention list</source>
            <translation>Liste Bestand mit Handlungsbedarf</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Resolve selected  Enter</source>
            <translation>Auswahl erledigen  Eingabe</translation>
        </message>
        <message>
            <source>Resolve selected</source>
            <translation>Auswahl erledigen</translation>
        </message>
        <message>
            <source>Send again  Ctrl+R</source>
            <translation>Erneut senden  Strg+R</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <source>Once the cause is fixed in Shopify, send every stock change it set aside again, with the next sync</source>
            <translation>Sobald die Ursache in Shopify behoben ist, alle zurückgestellten Bestandsänderungen mit der nächsten Synchronisierung erneut senden</translation>
        </message>
        <message>
            <source>Close  Esc</source>
            <translation>Schließen  Esc</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Managers only: enter a manager PIN to see the list.</source>
            <translation>Nur für die Leitung: eine Leitungs-PIN eingeben, um die Liste zu sehen.</translation>
        </message>
        <message>
            <source>Resolved: {what} for {sku}</source>
            <translation>Erledigt: {what} für {sku}</translation>
        </message>
        <message>
            <source>Resolved: {what}</source>
            <translation>Erledigt: {what}</translation>
        </message>
    </context>
    <context>
        <name>StockCount</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <source>Sellable</source>
            <translation>Verkäuflich</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal. Counts are recorded against Shopify's stock, so they cannot be taken here; ask a manager to set up [shopify] in the terminal's config.</source>
            <translation>Shopify ist an dieser Kasse nicht eingerichtet. Zählungen werden gegen den Shopify-Bestand gebucht und sind hier daher nicht möglich; die Leitung bitten, [shopify] in der Kassenkonfiguration einzurichten.</translation>
        </message>
        <message>
            <source>Something went wrong; nothing was lost. The error was logged.</source>
            <translation>Etwas ist schiefgegangen; nichts ging verloren. Der Fehler wurde protokolliert.</translation>
        </message>
        <message>
            <source>unknown — not yet synced</source>
            <translation>unbekannt — noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>unknown — Shopify not set up</source>
            <translation>unbekannt — Shopify nicht eingerichtet</translation>
        </message>
        <message>
            <source>Manager approval: {what}</source>
            <translation>Freigabe durch Leitung: {what}</translation>
        </message>
        <message>
            <source>Manager approval: {what}. Choose who approves; they type their PIN, then Enter.</source>
            <translation>Freigabe durch Leitung: {what}. Wählen, wer freigibt; diese Person gibt ihre PIN ein, dann Eingabe.</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Freigebende Person</translation>
        </message>
        <message>
            <source>Approver's PIN</source>
            <translation>PIN der freigebenden Person</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>Bestandszählung</translation>
        </message>
        <message>
            <source>Checking the connection to Shopify…</source>
            <translation>Verbindung zu Shopify wird geprüft…</translation>
        </message>
        <message>
            <source>Scan or type barcode or SKU, then Enter</source>
            <translation>Barcode oder SKU scannen oder eingeben, dann Eingabe</translation>
        </message>
        <message>
            <source>Item barcode or SKU</source>
            <translation>Barcode oder SKU des Artikels</translation>
        </message>
        <message>
            <source>No item yet: scan the shelf label or the product.</source>
            <translation>Noch kein Artikel: Regaletikett oder Produkt scannen.</translation>
        </message>
        <message>
            <source>On the shelf</source>
            <translation>Im Regal</translation>
        </message>
        <message>
            <source>Units counted, then Enter</source>
            <translation>Gezählte Stück, dann Eingabe</translation>
        </message>
        <message>
            <source>Units on the shelf</source>
            <translation>Stück im Regal</translation>
        </message>
        <message>
            <source>Record count  Enter</source>
            <translation>Zählung buchen  Eingabe</translation>
        </message>
        <message>
            <source>count stock</source>
            <translation>Bestand zählen</translation>
        </message>
        <message>
            <source>Items counted in this sitting</source>
            <translation>In dieser Sitzung gezählte Artikel</translation>
        </message>
        <message>
            <source>Items counted in this sitting appear here.</source>
            <translation>Hier erscheinen die in dieser Sitzung gezählten Artikel.</translation>
        </message>
        <message>
            <source>Needs attention  Shift+F11</source>
            <translation>Handlungsbedarf  Umschalt+F11</translation>
        </message>
        <message>
            <source>Close  Esc</source>
            <translation>Schließen  Esc</translation>
        </message>
        <message>
            <source>Shopify is reachable: counts go to Shopify at the next sync, against what it had when you counted.</source>
            <translation>Shopify ist erreichbar: Zählungen gehen bei der nächsten Synchronisierung an Shopify, gegen den Stand zum Zeitpunkt der Zählung.</translation>
        </message>
        <message>
            <source>Shopify is not reachable right now. Counting still works: counts are kept here and will be sent when Shopify is reachable, as the difference to what this terminal expected.</source>
            <translation>Shopify ist gerade nicht erreichbar. Zählen geht trotzdem: die Zählungen werden hier gespeichert und gesendet, sobald Shopify erreichbar ist, als Differenz zum erwarteten Bestand dieser Kasse.</translation>
        </message>
        <message>
            <source>{n} stock change(s) waiting for Shopify</source>
            <translation>{n} Bestandsänderung(en) warten auf Shopify</translation>
        </message>
        <message>
            <source>Nothing waiting for Shopify</source>
            <translation>Nichts wartet auf Shopify</translation>
        </message>
        <message>
            <source>Needs attention ({n})  Shift+F11</source>
            <translation>Handlungsbedarf ({n})  Umschalt+F11</translation>
        </message>
        <message>
            <source>Scan or type an item first</source>
            <translation>Zuerst einen Artikel scannen oder eingeben</translation>
        </message>
        <message>
            <source>SKU {sku}</source>
            <translation>SKU {sku}</translation>
        </message>
        <message>
            <source> · barcode {barcode}</source>
            <translation> · Barcode {barcode}</translation>
        </message>
        <message>
            <source> · sellable here (estimate): {n}</source>
            <translation> · hier verkäuflich (geschätzt): {n}</translation>
        </message>
        <message>
            <source>{title} is not stock-tracked in Shopify; there is nothing to count.</source>
            <translation>{title} wird in Shopify ohne Bestand geführt; es gibt nichts zu zählen.</translation>
        </message>
        <message>
            <source>No count recorded for {title}; looking up the scanned code.</source>
            <translation>Keine Zählung für {title} gebucht; der gescannte Code wird gesucht.</translation>
        </message>
        <message>
            <source>Type the number of units on the shelf as a whole number, e.g. 12 (not {text})</source>
            <translation>Die Stückzahl im Regal als ganze Zahl eingeben, z. B. 12 (nicht {text})</translation>
        </message>
        <message>
            <source>Type how many are on the shelf (0 if it is empty)</source>
            <translation>Eingeben, wie viele im Regal sind (0, wenn es leer ist)</translation>
        </message>
        <message>
            <source>Recorded: {n} × {title}. It goes to Shopify at the next sync.</source>
            <translation>Gebucht: {n} × {title}. Geht bei der nächsten Synchronisierung an Shopify.</translation>
        </message>
        <message>
            <source>Recorded: {n} × {title}. Shopify is not reachable: it will be sent when Shopify is reachable.</source>
            <translation>Gebucht: {n} × {title}. Shopify ist nicht erreichbar: wird gesendet, sobald Shopify erreichbar ist.</translation>
        </message>
        <message>
            <source>Next item: scan or type its barcode or SKU.</source>
            <translation>Nächster Artikel: Barcode oder SKU scannen oder eingeben.</translation>
        </message>
        <message>
            <source>{reason}. Nothing was recorded yet.</source>
            <translation>{reason}. Noch nichts gebucht.</translation>
        </message>
        <message>
            <source>Counting with manager approval</source>
            <translation>Zählung mit Freigabe durch Leitung</translation>
        </message>
        <message>
            <source>Recorded · sent at next sync</source>
            <translation>Gebucht · wird bei nächster Synchronisierung gesendet</translation>
        </message>
        <message>
            <source>Pending · sent when Shopify is reachable</source>
            <translation>Ausstehend · wird gesendet, sobald Shopify erreichbar ist</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>{store} — terminal {terminal}</source>
            <translation>{store} — Kasse {terminal}</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <source>Terminal {terminal}</source>
            <translation>Kasse {terminal}</translation>
        </message>
        <message>
            <source>Open the sync status</source>
            <translation>Synchronisierungsstatus öffnen</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Synchronisierungsstatus</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Shopify status</source>
            <translation>Shopify-Status</translation>
        </message>
        <message>
            <source>Central database status</source>
            <translation>Status der zentralen Datenbank</translation>
        </message>
        <message>
            <source>Sign-in failed; the error was logged.</source>
            <translation>Anmeldung fehlgeschlagen; der Fehler wurde protokolliert.</translation>
        </message>
        <message>
            <source>Cashier: {name}</source>
            <translation>Kassierer: {name}</translation>
        </message>
        <message>
            <source>Locked. Sign in to continue; the open sale is kept.</source>
            <translation>Gesperrt. Zum Fortfahren anmelden; der offene Verkauf bleibt erhalten.</translation>
        </message>
        <message>
            <source>{name} can no longer use this till (deactivated) and was signed out. The open sale is kept: sign in to continue.</source>
            <translation>{name} darf diese Kasse nicht mehr benutzen (deaktiviert) und wurde abgemeldet. Der offene Verkauf bleibt erhalten: zum Weitermachen anmelden.</translation>
        </message>
        <message>
            <source>Status unavailable</source>
            <translation>Status nicht verfügbar</translation>
        </message>
        <message>
            <source>Shift open</source>
            <translation>Schicht offen</translation>
        </message>
        <message>
            <source>No shift open</source>
            <translation>Keine Schicht offen</translation>
        </message>
        <message>
            <source>Sync: {n} waiting</source>
            <translation>Sync: {n} wartend</translation>
        </message>
        <message>
            <source>Sync: up to date</source>
            <translation>Sync: aktuell</translation>
        </message>
        <message>
            <source> (oldest {n} min)</source>
            <translation> (älteste {n} Min.)</translation>
        </message>
        <message>
            <source>Central: online, last sync {time}</source>
            <translation>Zentrale: online, letzter Sync {time}</translation>
        </message>
        <message>
            <source>Central: offline since {time} — selling continues</source>
            <translation>Zentrale: offline seit {time} — Verkauf läuft weiter</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Central: PAUSED, needs a manager — sales stay queued</source>
            <translation>Zentrale: ANGEHALTEN, Leitung nötig — Verkäufe bleiben in der Warteschlange</translation>
        </message>
        <message>
            <source>Central: not synced yet</source>
            <translation>Zentrale: noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>Shopify: not set up</source>
            <translation>Shopify: nicht eingerichtet</translation>
        </message>
        <message>
            <source>Shopify (demo shop)</source>
            <translation>Shopify (Demo-Shop)</translation>
        </message>
        <message>
            <source>{name}: offline, last sync {time} — selling continues</source>
            <translation>{name}: offline, letzter Sync {time} — Verkauf läuft weiter</translation>
        </message>
        <message>
            <source>{name}: offline — selling continues</source>
            <translation>{name}: offline — Verkauf läuft weiter</translation>
        </message>
        <message>
            <source>{name}: last sync {time}</source>
            <translation>{name}: letzter Sync {time}</translation>
        </message>
        <message>
            <source>{name}: not synced yet</source>
            <translation>{name}: noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>, {n} stock change(s) waiting</source>
            <translation>, {n} Bestandsänderung(en) wartend</translation>
        </message>
        <message>
            <source>, {n} need attention</source>
            <translation>, {n} mit Handlungsbedarf</translation>
        </message>
        <message>
            <source>Central database: {state}</source>
            <translation>Zentrale Datenbank: {state}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source> · last sync {time}</source>
            <translation> · letzter Sync {time}</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Letzter Fehler: {error}</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Oldest waiting since</source>
            <translation>Älteste wartet seit</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Handlungsbedarf</translation>
        </message>
        <message>
            <source>Sync queues</source>
            <translation>Synchronisierungs-Warteschlangen</translation>
        </message>
        <message>
            <source>Nothing has been queued yet: completed sales appear here until they reach the central database and Shopify.</source>
            <translation>Noch nichts in der Warteschlange: abgeschlossene Verkäufe erscheinen hier, bis sie die zentrale Datenbank und Shopify erreichen.</translation>
        </message>
        <message>
            <source>Send the {n} refused row(s) again (R)</source>
            <translation>Die {n} abgelehnte(n) Zeile(n) erneut senden (R)</translation>
        </message>
        <message>
            <source>Send refused rows again</source>
            <translation>Abgelehnte Zeilen erneut senden</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
</TS>
