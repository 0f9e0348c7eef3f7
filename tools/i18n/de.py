"""German (de) translations of the screens: English source text -> German.

Filled into resources/i18n/pos_app_de.ts by tools/fill_translations.py (`make
translations`). Keep every {placeholder}; key names are German where the keyboard says
so (Entf, Eingabe, Umschalt, Strg).
"""

T: dict[str, str] = {
    # ---- back office --------------------------------------------------------------------
    "{store} — back office": "{store} — Backoffice",
    "{store} · back office": "{store} · Backoffice",
    "Reading…": "Wird gelesen…",
    "Managers and supervisors: sign in with your PIN.":
        "Filialleitung und Schichtleitung: mit der PIN anmelden.",
    "Sign-in is not available here.": "Anmelden ist hier nicht möglich.",
    "Signed in: {role}": "Angemeldet: {role}",
    "Commission": "Provision",
    "Plans": "Pläne",
    "Needs review": "Zu prüfen",
    "Journal": "Journal",
    "Something went wrong; the error was logged.":
        "Etwas ist schiefgegangen; der Fehler wurde protokolliert.",
    # ---- cart ---------------------------------------------------------------------------
    "Item": "Artikel",
    "Qty": "Menge",
    "Price": "Preis",
    "Discount": "Rabatt",
    "Line total": "Zeilensumme",
    "Return: ": "Rückgabe: ",
    "Price × quantity − discount; tax is added in the totals":
        "Preis × Menge − Rabatt; die Steuer kommt in den Summen hinzu",
    # ---- charts -------------------------------------------------------------------------
    "Commission by staff member": "Provision je Mitarbeiter",
    "Commission by staff member: top {n} of {total}":
        "Provision je Mitarbeiter: die besten {n} von {total}",
    "Team commission over time": "Teamprovision im Zeitverlauf",
    "Team commission per day": "Teamprovision pro Tag",
    "Team commission per week": "Teamprovision pro Woche",
    # ---- checkout -----------------------------------------------------------------------
    "Cash": "Bar",
    "Card": "Karte",
    "Store credit": "Guthaben",
    "Gift card": "Geschenkkarte",
    "Refund {amount} — give cash": "Erstattung {amount} — bar auszahlen",
    "Refund {amount} — to the card": "Erstattung {amount} — auf die Karte",
    "Refund {amount} — as store credit": "Erstattung {amount} — als Guthaben",
    "Refund {amount} — to a gift card": "Erstattung {amount} — auf eine Geschenkkarte",
    "Checkout": "Bezahlen",
    "Amount due": "Zu zahlen",
    "Amount handed over": "Erhaltener Betrag",
    "Amount to refund": "Zu erstattender Betrag",
    "No payment yet": "Noch keine Zahlung",
    "Nothing refunded yet": "Noch nichts erstattet",
    "Tenders": "Zahlungen",
    "Message": "Meldung",
    "Remove tender  Del": "Entfernen  Entf",
    "Remove the selected tender (Del)": "Die gewählte Zahlung entfernen (Entf)",
    "Back to sale  Esc": "Zurück  Esc",
    "Back to the sale (Esc)": "Zurück zum Verkauf (Esc)",
    "Amount": "Betrag",
    "Reference": "Referenz",
    "Complete sale  Enter": "Verkauf abschließen  Eingabe",
    "Complete the sale (Enter)": "Den Verkauf abschließen (Eingabe)",
    "Decimal separator": "Dezimaltrennzeichen",
    "Delete the last digit": "Letzte Ziffer löschen",
    "Receipt?": "Beleg?",
    "Print receipt": "Beleg drucken",
    "Print the receipt": "Den Beleg drucken",
    "No receipt": "Kein Beleg",
    "Email receipt": "Beleg per E-Mail",
    "Email the receipt": "Den Beleg per E-Mail senden",
    "Not available yet: email receipts need customer records":
        "Noch nicht verfügbar: E-Mail-Belege brauchen Kundendaten",
    "Email receipts are not available yet: the till has no customer records.":
        "E-Mail-Belege sind noch nicht verfügbar: die Kasse hat keine Kundendaten.",
    "Next sale: scan the first item": "Nächster Verkauf: ersten Artikel scannen",
    "Next customer: scan the first item": "Nächster Kunde: ersten Artikel scannen",
    "Save PDF  Ctrl+S": "PDF speichern  Strg+S",
    "Save the receipt as PDF (Ctrl+S)": "Den Beleg als PDF speichern (Strg+S)",
    "Something went wrong; the sale is safe. The error was logged.":
        "Etwas ist schiefgegangen; der Verkauf ist sicher. Der Fehler wurde protokolliert.",
    "Refunded in full": "Vollständig erstattet",
    "Paid in full": "Vollständig bezahlt",
    "Give {amount} change": "{amount} Wechselgeld geben",
    "Enter completes the refund": "Eingabe schließt die Erstattung ab",
    "Enter completes the sale": "Eingabe schließt den Verkauf ab",
    "To refund": "Zu erstatten",
    "Still to pay": "Noch zu zahlen",
    "Change {amount}": "Wechselgeld {amount}",
    "{amount} to go": "Noch {amount}",
    "{tender}  {key}\nneeds approval": "{tender}  {key}\nbraucht Freigabe",
    "{tender}  {key}\noriginal tender": "{tender}  {key}\nursprüngliche Zahlart",
    "Complete refund  Enter": "Erstattung abschließen  Eingabe",
    "Complete the refund (Enter)": "Die Erstattung abschließen (Eingabe)",
    "change {amount}": "Wechselgeld {amount}",
    "nothing left": "nichts offen",
    "{amount} left": "noch {amount} offen",
    "Cash {amount} ({key})": "Bar {amount} ({key})",
    "That was a scan ({code}), not an amount. To add an item, go back to the sale (Esc).":
        "Das war ein Scan ({code}), kein Betrag. Um einen Artikel hinzuzufügen, zurück zum "
        "Verkauf (Esc).",
    "A tender of zero pays nothing": "Eine Zahlung über null bezahlt nichts",
    "Type the amount handed over and press Enter, or choose a tender: F1 takes exactly what "
    "is due in cash.":
        "Den erhaltenen Betrag eingeben und Eingabe drücken, oder eine Zahlart wählen: F1 "
        "nimmt genau den offenen Betrag bar.",
    "Only cash can be more than what is left ({amount})":
        "Nur Bargeld darf mehr als der offene Betrag sein ({amount})",
    "Approval code or last 4 digits (*1234)":
        "Genehmigungscode oder letzte 4 Ziffern (*1234)",
    "{tender} {amount}: type the approval code or the card's last 4 digits, then Enter. Esc "
    "cancels.":
        "{tender} {amount}: Genehmigungscode oder die letzten 4 Ziffern der Karte eingeben, "
        "dann Eingabe. Esc bricht ab.",
    "refund {amount} to {tender}": "{amount} erstatten auf {tender}",
    "Saving…": "Wird gespeichert…",
    "Refund complete — receipt #{no}": "Erstattung abgeschlossen — Beleg Nr. {no}",
    "Give {amount} cash": "{amount} bar auszahlen",
    "Refunded {amount}": "Erstattet {amount}",
    "{amount} to {tender}": "{amount} auf {tender}",
    "Sale complete — receipt #{no}": "Verkauf abgeschlossen — Beleg Nr. {no}",
    "No change": "Kein Wechselgeld",
    "Total {total}  ·  paid {paid}": "Summe {total}  ·  bezahlt {paid}",
    "Enter: {choice}. A scan starts the next sale.":
        "Eingabe: {choice}. Ein Scan beginnt den nächsten Verkauf.",
    "Sale complete — receipt #{no}, change {amount}":
        "Verkauf abgeschlossen — Beleg Nr. {no}, Wechselgeld {amount}",
    "Printing failed": "Drucken fehlgeschlagen",
    "{problem}. The sale is complete; Ctrl+R reprints.":
        "{problem}. Der Verkauf ist abgeschlossen; Strg+R druckt erneut.",
    "Save receipt": "Beleg speichern",
    "Saved {path}": "Gespeichert: {path}",
    # ---- commission ---------------------------------------------------------------------
    "No records behind this figure in this period.":
        "Keine Datensätze hinter dieser Zahl in diesem Zeitraum.",
    "Export CSV…": "CSV exportieren…",
    "Close  Esc": "Schließen  Esc",
    "No commission yet this period.\nSales by staff on a commission plan appear here as soon "
    "as they are made (and, for other terminals, synced).":
        "In diesem Zeitraum noch keine Provision.\nVerkäufe von Mitarbeitern mit "
        "Provisionsplan erscheinen hier, sobald sie getätigt (und bei anderen Kassen "
        "synchronisiert) sind.",
    "Staff": "Mitarbeiter",
    "Sales (net)": "Umsatz (netto)",
    "Clawbacks": "Rückbuchungen",
    "Bonuses & tiers": "Boni & Stufen",
    "Tier progress": "Stufenfortschritt",
    "Bonus progress": "Bonusfortschritt",
    "Review": "Prüfung",
    "Double-click a figure to see the sales behind it ({n} lines)":
        "Doppelklick auf eine Zahl zeigt die Verkäufe dahinter ({n} Zeilen)",
    "No tiers": "Keine Stufen",
    "No bonus": "Kein Bonus",
    "Time": "Zeit",
    "Receipt": "Beleg",
    "Line": "Zeile",
    "Kind": "Art",
    "Status": "Status",
    "{n} record(s) · sales {sales} · commission {commission}":
        "{n} Datensatz/-sätze · Umsatz {sales} · Provision {commission}",
    "Double-click a figure to see the sales behind it":
        "Doppelklick auf eine Zahl zeigt die Verkäufe dahinter",
    "One row per staff member, for payroll": "Eine Zeile je Mitarbeiter, für die Lohnabrechnung",
    "Export PDF…": "PDF exportieren…",
    "Loading…": "Wird geladen…",
    "Commission · {period}": "Provision · {period}",
    "The commission report could not be read: {reason}":
        "Der Provisionsbericht konnte nicht gelesen werden: {reason}",
    "{n} staff": "{n} Mitarbeiter",
    "sales {amount}": "Umsatz {amount}",
    "commission {amount}": "Provision {amount}",
    "clawbacks {amount}": "Rückbuchungen {amount}",
    "bonuses & tiers {amount}": "Boni & Stufen {amount}",
    "{n} record(s) need review": "{n} Datensatz/-sätze zu prüfen",
    "not shown: {what}": "nicht angezeigt: {what}",
    "{n} record(s) in {currency}": "{n} Datensatz/-sätze in {currency}",
    "Team: {parts}": "Team: {parts}",
    "Export commission as {kind}": "Provision als {kind} exportieren",
    "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "PDF files (*.pdf)": "PDF-Dateien (*.pdf)",
    "Export records as CSV": "Datensätze als CSV exportieren",
    # ---- filters ------------------------------------------------------------------------
    "Today": "Heute",
    "This week": "Diese Woche",
    "This month": "Dieser Monat",
    "Last month": "Letzter Monat",
    "This year": "Dieses Jahr",
    "Custom range": "Eigener Zeitraum",
    "One terminal: the sales and returns rung up on it (tier and bonus progress stays "
    "store-wide). Tier adjustments and bonuses are under \"{label}\" and in \"All "
    "terminals\".":
        "Eine Kasse: die dort gebuchten Verkäufe und Rückgaben (Stufen- und "
        "Bonusfortschritt gelten filialweit). Stufenanpassungen und Boni stehen unter "
        "\"{label}\" und in \"Alle Kassen\".",
    "Store": "Filiale",
    "Terminal": "Kasse",
    "Period": "Zeitraum",
    "to": "bis",
    "Refresh  F5": "Aktualisieren  F5",
    "Read again (and try the central database again if it was unreachable)":
        "Neu lesen (und die zentrale Datenbank erneut versuchen, falls sie nicht erreichbar "
        "war)",
    "Refresh": "Aktualisieren",
    "All stores": "Alle Filialen",
    "All terminals": "Alle Kassen",
    "All staff": "Alle Mitarbeiter",
    # ---- journal ------------------------------------------------------------------------
    "Seq": "Nr.",
    "Action": "Aktion",
    "Approved by": "Freigegeben von",
    "Detail": "Details",
    "No journal records match.\nEvery sale, refund, void, line void, discount, price "
    "override, drawer opening, cash movement, shift, failed PIN, approval, catalog import and "
    "plan or staff change is written here as it happens.":
        "Keine passenden Journaleinträge.\nJeder Verkauf, jede Erstattung, Stornierung, "
        "Zeilenstornierung, jeder Rabatt, jede Preisänderung, Schubladenöffnung, "
        "Bargeldbewegung, Schicht, falsche PIN, Freigabe, jeder Katalogimport und jede Plan- "
        "oder Mitarbeiteränderung wird hier sofort festgehalten.",
    "Verify chain": "Kette prüfen",
    "Recompute every record's MAC from the first one (as `pos-app verify-audit` does)":
        "Den MAC jedes Eintrags ab dem ersten neu berechnen (wie `pos-app verify-audit`)",
    "Verifying the chain…": "Kette wird geprüft…",
    "Search sale, SKU, reason…": "Verkauf, SKU, Grund suchen…",
    "Words in the action, staff, sale id or detail; Enter to search":
        "Wörter in Aktion, Mitarbeiter, Verkaufs-ID oder Details; Eingabe sucht",
    "Source": "Quelle",
    "From": "Von",
    "Search": "Suche",
    "All actions": "Alle Aktionen",
    "Anyone": "Alle",
    "The chain has not been verified yet": "Die Kette wurde noch nicht geprüft",
    "{status}  (checked {time})": "{status}  (geprüft um {time})",
    "The first broken record of this terminal's chain":
        "Der erste beschädigte Eintrag in der Kette dieser Kasse",
    "{n} record(s) (the newest shown; narrow the filter to see older ones) · newest first · "
    "records cannot be changed or deleted":
        "{n} Eintrag/Einträge (die neuesten angezeigt; Filter eingrenzen für ältere) · "
        "neueste zuerst · Einträge können nicht geändert oder gelöscht werden",
    "{n} record(s) · newest first · records cannot be changed or deleted":
        "{n} Eintrag/Einträge · neueste zuerst · Einträge können nicht geändert oder gelöscht "
        "werden",
    # ---- sign-in ------------------------------------------------------------------------
    "Sign in first: that was a scan, not a PIN. Choose your name and type your PIN, then "
    "scan.":
        "Zuerst anmelden: das war ein Scan, keine PIN. Namen wählen, PIN eingeben, dann "
        "scannen.",
    "Sign in": "Anmelden",
    "Choose your name, then type your PIN": "Namen wählen, dann PIN eingeben",
    "DEMO STORE: nothing here is a real sale. Demo PINs:":
        "DEMO-FILIALE: hier ist nichts ein echter Verkauf. Demo-PINs:",
    "Sign-in message": "Anmeldemeldung",
    "Manager unlock…": "Entsperren durch Leitung…",
    "Manager unlock": "Entsperren durch Leitung",
    "A manager enters their PIN to let the chosen person try again":
        "Eine Leitungsperson gibt ihre PIN ein, damit die gewählte Person es erneut "
        "versuchen kann",
    "Signing in: {name}": "Anmeldung: {name}",
    "You can try your PIN again now": "Sie können Ihre PIN jetzt erneut eingeben",
    "{n} s": "{n} s",
    "{n} min": "{n} Min.",
    "Too many wrong PINs; try again in {wait}":
        "Zu viele falsche PINs; erneut versuchen in {wait}",
    "Choose your name first: click it, or type its first letters or use the arrow keys":
        "Zuerst den Namen wählen: anklicken, die ersten Buchstaben tippen oder die "
        "Pfeiltasten nutzen",
    "Type your PIN": "PIN eingeben",
    "Checking…": "Wird geprüft…",
    "this person": "diese Person",
    "unlock {name}": "{name} entsperren",
    "Not unlocked: {reason}": "Nicht entsperrt: {reason}",
    "the error was logged.": "der Fehler wurde protokolliert.",
    # ---- plans --------------------------------------------------------------------------
    "% of sales": "% vom Umsatz",
    "Fixed per unit": "Fest pro Stück",
    "Sales value": "Umsatzwert",
    "Units": "Stück",
    "Marginal (each band at its rate)": "Gestaffelt (jede Stufe zu ihrem Satz)",
    "Whole period (all at the tier reached)": "Ganzer Zeitraum (alles zur erreichten Stufe)",
    "SKU": "SKU",
    "Collection": "Kollektion",
    "Product\ntype": "Produkt-\ntyp",
    "Role": "Rolle",
    "Remove selected": "Auswahl entfernen",
    "No plans yet. A new one is open on the right: name it, give it a rate, save.":
        "Noch keine Pläne. Rechts ist ein neuer geöffnet: benennen, Satz angeben, speichern.",
    "New plan": "Neuer Plan",
    "Reload plan": "Plan neu laden",
    "Preview": "Vorschau",
    "What this plan would have paid, next to what was paid (nothing is saved)":
        "Was dieser Plan gezahlt hätte, neben dem Gezahlten (nichts wird gespeichert)",
    "Save plan  Ctrl+S": "Plan speichern  Strg+S",
    "Plan": "Plan",
    "e.g. Floor staff 2027": "z. B. Verkaufspersonal 2027",
    "made from the name": "wird aus dem Namen gebildet",
    "Month": "Monat",
    "Week (Monday first)": "Woche (ab Montag)",
    "Ends on": "Endet am",
    "Everyone (or names, separated by commas)": "Alle (oder Namen, durch Kommas getrennt)",
    "Name": "Name",
    "Id": "ID",
    "Currency": "Währung",
    "Starts": "Beginnt",
    "(none ticked: every role)": "(nichts angehakt: jede Rolle)",
    "Roles": "Rollen",
    "Rates": "Sätze",
    "Rate": "Satz",
    "Add rate": "Satz hinzufügen",
    "The most specific matching row pays (SKU, then collection, then product type; then "
    "staff member, then role). Empty cells match anything.":
        "Es zahlt die genaueste passende Zeile (SKU, dann Kollektion, dann Produkttyp; dann "
        "Mitarbeiter, dann Rolle). Leere Zellen passen auf alles.",
    "Spiffs (a fixed amount per unit, on top of the rate)":
        "Verkaufsprämien (ein fester Betrag pro Stück, zusätzlich zum Satz)",
    "Amount\nper unit": "Betrag\npro Stück",
    "Add spiff": "Prämie hinzufügen",
    "Tiers": "Stufen",
    "Pay a tiered rate on the period's sales": "Gestaffelten Satz auf den Periodenumsatz zahlen",
    "by": "nach",
    "From (sales value or units)": "Ab (Umsatzwert oder Stück)",
    "Rate %": "Satz %",
    "Add tier": "Stufe hinzufügen",
    "The first tier starts at 0; each next one starts higher.":
        "Die erste Stufe beginnt bei 0; jede weitere beginnt höher.",
    "Bonuses (paid once the period reaches a threshold)":
        "Boni (gezahlt, sobald der Zeitraum eine Schwelle erreicht)",
    "Measure": "Maß",
    "Threshold": "Schwelle",
    "Bonus amount": "Bonusbetrag",
    "Add bonus": "Bonus hinzufügen",
    "Press Preview to see what this plan would have paid last period, next to what was paid. "
    "Nothing is saved.":
        "Vorschau zeigt, was dieser Plan im letzten Zeitraum gezahlt hätte, neben dem "
        "Gezahlten. Nichts wird gespeichert.",
    "Paid": "Gezahlt",
    "Would pay": "Würde zahlen",
    "Difference": "Differenz",
    "Only a manager or owner can change commission plans.":
        "Nur Leitung oder Inhaber können Provisionspläne ändern.",
    "store {store}": "Filiale {store}",
    "all stores": "alle Filialen",
    " to {date}": " bis {date}",
    "{name}\nversion {version} · {scope}\nfrom {date}{until}":
        "{name}\nVersion {version} · {scope}\nab {date}{until}",
    "Editing “{name}”, version {version}.": "Bearbeitung von „{name}“, Version {version}.",
    "A new plan: give it a name and at least one rate, spiff, tier or bonus.":
        "Ein neuer Plan: Namen und mindestens einen Satz, eine Prämie, Stufe oder einen Bonus "
        "angeben.",
    "Not saved: fix the fields marked in red.":
        "Nicht gespeichert: die rot markierten Felder korrigieren.",
    "Not saved: a plan with the id “{id}” already exists. Choose another id.":
        "Nicht gespeichert: ein Plan mit der ID „{id}“ existiert bereits. Andere ID wählen.",
    "Not saved: someone else saved “{name}” while you were editing (you started from version "
    "{expected}; it is now version {actual}). Reload it to see their changes, then make "
    "yours again.":
        "Nicht gespeichert: jemand anderes hat „{name}“ während Ihrer Bearbeitung gespeichert "
        "(Sie begannen mit Version {expected}; jetzt ist es Version {actual}). Neu laden, um "
        "die Änderungen zu sehen, dann Ihre erneut vornehmen.",
    "Not saved: {reason}": "Nicht gespeichert: {reason}",
    "Saved “{name}” as version {version}. Terminals pick it up at their next sync.":
        "„{name}“ als Version {version} gespeichert. Die Kassen übernehmen ihn bei der "
        "nächsten Synchronisierung.",
    "Last period ({period})": "Letzter Zeitraum ({period})",
    "This period so far ({period})": "Dieser Zeitraum bisher ({period})",
    "Cannot preview: fix the fields marked in red.":
        "Keine Vorschau möglich: die rot markierten Felder korrigieren.",
    "Working out what “{name}” would have paid in {period}…":
        "Berechne, was „{name}“ in {period} gezahlt hätte…",
    "central database": "zentrale Datenbank",
    "this terminal only": "nur diese Kasse",
    "What “{name}” would have paid in {period} ({source}), next to what was paid. Nothing "
    "was saved.":
        "Was „{name}“ in {period} gezahlt hätte ({source}), neben dem Gezahlten. Nichts "
        "wurde gespeichert.",
    "Total": "Summe",
    "Nobody this plan covers sold anything in {period}.":
        "Niemand in diesem Plan hat in {period} etwas verkauft.",
    "Previewed against {period}.": "Vorschau für {period}.",
    # ---- review -------------------------------------------------------------------------
    "Nothing needs review.\nA sale whose commission cannot be worked out (no plan covers the "
    "seller, or a plan is broken) still completes; its records wait here until a plan covers "
    "them.":
        "Nichts zu prüfen.\nEin Verkauf, dessen Provision nicht berechnet werden kann (kein "
        "Plan deckt die verkaufende Person ab oder ein Plan ist fehlerhaft), wird trotzdem "
        "abgeschlossen; seine Einträge warten hier, bis ein Plan sie abdeckt.",
    "Why": "Grund",
    "Recalculate with current plans": "Mit aktuellen Plänen neu berechnen",
    "Work out these records again with the plans this terminal has now (after a plan was "
    "fixed and pulled)":
        "Diese Einträge mit den Plänen, die diese Kasse jetzt hat, neu berechnen (nachdem "
        "ein Plan korrigiert und abgerufen wurde)",
    "Every record waiting for review, whatever the period, for the store, terminal and staff "
    "chosen above.":
        "Jeder zu prüfende Eintrag, unabhängig vom Zeitraum, für die oben gewählte Filiale, "
        "Kasse und Mitarbeiter.",
    "needs review": "zu prüfen",
    "Recalculated: {n} record(s) fixed": "Neu berechnet: {n} Eintrag/Einträge korrigiert",
    # ---- sale ---------------------------------------------------------------------------
    "Cart": "Warenkorb",
    "Scan an item or type to search. 3* then scan sells three.":
        "Artikel scannen oder zum Suchen tippen. 3* und dann scannen verkauft drei.",
    "Remove": "Entfernen",
    "Hold": "Parken",
    "Held": "Geparkt",
    "Void": "Stornieren",
    "Return": "Rückgabe",
    "Shift": "Schicht",
    "Stock": "Bestand",
    "Sign out": "Abmelden",
    "Stock count (F11); stock needing attention (Shift+F11)":
        "Bestandszählung (F11); Bestand mit Handlungsbedarf (Umschalt+F11)",
    "Scan or type barcode, SKU or name": "Barcode, SKU oder Name",
    "Scan or search": "Scannen oder suchen",
    "Search results": "Suchergebnisse",
    "Pay  F12": "Bezahlen  F12",
    "Pay (F12)": "Bezahlen (F12)",
    "Subtotal": "Zwischensumme",
    "Discounts": "Rabatte",
    "Refund  F12": "Erstatten  F12",
    "Refund (F12)": "Erstatten (F12)",
    "No products yet: import a catalog or sync with Shopify.":
        "Noch keine Produkte: einen Katalog importieren oder mit Shopify synchronisieren.",
    "Nothing matches “{text}”": "Nichts passt zu „{text}“",
    "Check the spelling, or scan the item": "Schreibweise prüfen oder den Artikel scannen",
    "{product}: choose a variant (↑ ↓ then Enter, or touch it)":
        "{product}: Variante wählen (↑ ↓ dann Eingabe, oder antippen)",
    "from {price}": "ab {price}",
    "{n} variants — Enter to choose": "{n} Varianten — Eingabe zum Wählen",
    "{n} in stock": "{n} auf Lager",
    "Barcode {code} did not scan right (wrong check digit) — scan it again or type the number":
        "Barcode {code} wurde nicht richtig gelesen (falsche Prüfziffer) — erneut scannen "
        "oder die Nummer eingeben",
    "“{code}” is not a barcode or SKU we can read — scan it again or search by name":
        "„{code}“ ist kein lesbarer Barcode und keine SKU — erneut scannen oder nach Namen "
        "suchen",
    "No product with barcode {code} — check the number or search by name":
        "Kein Produkt mit Barcode {code} — Nummer prüfen oder nach Namen suchen",
    "No product with SKU or code {code} — check it or search by name":
        "Kein Produkt mit SKU oder Code {code} — prüfen oder nach Namen suchen",
    "1 item": "1 Artikel",
    "{n} items": "{n} Artikel",
    "{n} returned": "{n} zurückgegeben",
    # ---- shift --------------------------------------------------------------------------
    "Cash in drawer": "Bargeld in der Schublade",
    "Card terminal batch": "Kartenterminal-Abschluss",
    "Gift cards": "Geschenkkarten",
    "Not an amount: {text}": "Kein Betrag: {text}",
    "Print": "Drucken",
    "Print the report": "Den Bericht drucken",
    "Open shift": "Schicht öffnen",
    "Open the shift: count the float in the drawer":
        "Schicht öffnen: das Wechselgeld in der Schublade zählen",
    "Float, e.g. {amount}": "Wechselgeld, z. B. {amount}",
    "Opening float": "Anfangsbestand",
    "Open shift (Enter)": "Schicht öffnen (Eingabe)",
    "Could not open the shift": "Die Schicht konnte nicht geöffnet werden",
    "Shift open since {time} by {name}": "Schicht offen seit {time}, von {name}",
    "No shift is open": "Keine Schicht geöffnet",
    "Cash in or out amount": "Betrag der Einlage oder Entnahme",
    "Reason (e.g. change from bank, supplier paid)":
        "Grund (z. B. Wechselgeld, Lieferant bezahlt)",
    "Reason": "Grund",
    "Cash in": "Einlage",
    "Cash out": "Entnahme",
    "X report": "X-Bericht",
    "Close the shift: count each tender. Expected amounts are not shown (blind count).":
        "Schicht schließen: jede Zahlart zählen. Sollbeträge werden nicht angezeigt "
        "(Blindzählung).",
    "Counted amount": "Gezählter Betrag",
    "Close shift and print Z report": "Schicht schließen und Z-Bericht drucken",
    "Back (Esc)": "Zurück (Esc)",
    "Close (Esc)": "Schließen (Esc)",
    "Close the report": "Den Bericht schließen",
    "Print (Ctrl+P)": "Drucken (Ctrl+P)",
    "Cash in (F2)": "Einlage (F2)",
    "Cash out (F3)": "Entnahme (F3)",
    "X report (F4)": "X-Bericht (F4)",
    "Close shift and print Z report (F12)": "Schicht schließen und Z-Bericht drucken (F12)",
    "Back": "Zurück",
    "That did not work; logged.": "Das hat nicht geklappt; protokolliert.",
    "Cash out recorded": "Entnahme gebucht",
    "Cash in recorded": "Einlage gebucht",
    "cash out {amount} ({reason})": "Entnahme {amount} ({reason})",
    "no reason": "ohne Grund",
    "Count {tender} first": "Zuerst zählen: {tender}",
    "Z report": "Z-Bericht",
    # ---- stock --------------------------------------------------------------------------
    "What happened": "Was geschah",
    "When": "Wann",
    "Shopify is not set up on this terminal: there is no stock to reconcile.":
        "Shopify ist an dieser Kasse nicht eingerichtet: es gibt keinen Bestand abzugleichen.",
    "Nothing needs attention. Oversells after offline periods, counts that Shopify moved "
    "meanwhile, unknown SKUs and stock changes Shopify refused appear here.":
        "Nichts zu tun. Überverkäufe nach Offline-Zeiten, Zählungen, die Shopify inzwischen "
        "verändert hat, unbekannte SKUs und von Shopify abgelehnte Bestandsänderungen "
        "erscheinen hier.",
    "Stock needing attention": "Bestand mit Handlungsbedarf",
    "Look into each item (recount the shelf, check the online order), then resolve it. "
    "Resolved items leave this list and stay in the audit log. A stock change Shopify "
    "refused: fix the cause in Shopify and press Send again, or resolve it if you put the "
    "stock right in Shopify yourself (it is then never sent).":
        "Jeden Eintrag prüfen (Regal nachzählen, Onlinebestellung prüfen), dann erledigen. "
        "Erledigte verlassen diese Liste und bleiben im Prüfprotokoll. Eine von Shopify "
        "abgelehnte Bestandsänderung: die Ursache in Shopify beheben und „Erneut senden“ "
        "drücken, oder sie erledigen, wenn Sie den Bestand in Shopify selbst korrigiert "
        "haben (sie wird dann nie gesendet).",
    "stock attention list": "Liste Bestand mit Handlungsbedarf",
    "Resolve selected  Enter": "Auswahl erledigen  Eingabe",
    "Resolve selected": "Auswahl erledigen",
    "Send again  Ctrl+R": "Erneut senden  Strg+R",
    "Send again": "Erneut senden",
    "Once the cause is fixed in Shopify, send every stock change it set aside again, with "
    "the next sync":
        "Sobald die Ursache in Shopify behoben ist, alle zurückgestellten "
        "Bestandsänderungen mit der nächsten Synchronisierung erneut senden",
    "Nothing to send again: no stock change is set aside any more.":
        "Nichts erneut zu senden: keine Bestandsänderung ist mehr zurückgestellt.",
    "Sent again: 1 stock change. It goes to Shopify with the next sync.":
        "Erneut gesendet: 1 Bestandsänderung. Sie geht mit der nächsten Synchronisierung "
        "an Shopify.",
    "Sent again: {n} stock changes. They go to Shopify with the next sync.":
        "Erneut gesendet: {n} Bestandsänderungen. Sie gehen mit der nächsten "
        "Synchronisierung an Shopify.",
    "Close": "Schließen",
    "Managers only: enter a manager PIN to see the list.":
        "Nur für die Leitung: eine Leitungs-PIN eingeben, um die Liste zu sehen.",
    "Resolved: {what} for {sku}": "Erledigt: {what} für {sku}",
    "Resolved: {what}": "Erledigt: {what}",
    "Counted": "Gezählt",
    "Sellable": "Verkäuflich",
    "Shopify is not set up on this terminal. Counts are recorded against Shopify's stock, so "
    "they cannot be taken here; ask a manager to set up [shopify] in the terminal's config.":
        "Shopify ist an dieser Kasse nicht eingerichtet. Zählungen werden gegen den "
        "Shopify-Bestand gebucht und sind hier daher nicht möglich; die Leitung bitten, "
        "[shopify] in der Kassenkonfiguration einzurichten.",
    "Something went wrong; nothing was lost. The error was logged.":
        "Etwas ist schiefgegangen; nichts ging verloren. Der Fehler wurde protokolliert.",
    "unknown — not yet synced": "unbekannt — noch nicht synchronisiert",
    "unknown — Shopify not set up": "unbekannt — Shopify nicht eingerichtet",
    "Manager approval: {what}": "Freigabe durch Leitung: {what}",
    "Manager approval: {what}. Choose who approves; they type their PIN, then Enter.":
        "Freigabe durch Leitung: {what}. Wählen, wer freigibt; diese Person gibt ihre PIN "
        "ein, dann Eingabe.",
    "Approver": "Freigebende Person",
    "Approver's PIN": "PIN der freigebenden Person",
    "Stock count": "Bestandszählung",
    "Checking the connection to Shopify…": "Verbindung zu Shopify wird geprüft…",
    "Scan or type barcode or SKU, then Enter":
        "Barcode oder SKU scannen oder eingeben, dann Eingabe",
    "Item barcode or SKU": "Barcode oder SKU des Artikels",
    "No item yet: scan the shelf label or the product.":
        "Noch kein Artikel: Regaletikett oder Produkt scannen.",
    "On the shelf": "Im Regal",
    "Units counted, then Enter": "Gezählte Stück, dann Eingabe",
    "Units on the shelf": "Stück im Regal",
    "Record count  Enter": "Zählung buchen  Eingabe",
    "count stock": "Bestand zählen",
    "Items counted in this sitting": "In dieser Sitzung gezählte Artikel",
    "Items counted in this sitting appear here.":
        "Hier erscheinen die in dieser Sitzung gezählten Artikel.",
    "Needs attention  Shift+F11": "Handlungsbedarf  Umschalt+F11",
    "Shopify is reachable: counts go to Shopify at the next sync, against what it had when "
    "you counted.":
        "Shopify ist erreichbar: Zählungen gehen bei der nächsten Synchronisierung an "
        "Shopify, gegen den Stand zum Zeitpunkt der Zählung.",
    "Shopify is not reachable right now. Counting still works: counts are kept here and will "
    "be sent when Shopify is reachable, as the difference to what this terminal expected.":
        "Shopify ist gerade nicht erreichbar. Zählen geht trotzdem: die Zählungen werden hier "
        "gespeichert und gesendet, sobald Shopify erreichbar ist, als Differenz zum "
        "erwarteten Bestand dieser Kasse.",
    "{n} stock change(s) waiting for Shopify": "{n} Bestandsänderung(en) warten auf Shopify",
    "Nothing waiting for Shopify": "Nichts wartet auf Shopify",
    "Needs attention ({n})  Shift+F11": "Handlungsbedarf ({n})  Umschalt+F11",
    "Scan or type an item first": "Zuerst einen Artikel scannen oder eingeben",
    "SKU {sku}": "SKU {sku}",
    " · barcode {barcode}": " · Barcode {barcode}",
    " · sellable here (estimate): {n}": " · hier verkäuflich (geschätzt): {n}",
    "{title} is not stock-tracked in Shopify; there is nothing to count.":
        "{title} wird in Shopify ohne Bestand geführt; es gibt nichts zu zählen.",
    "No count recorded for {title}; looking up the scanned code.":
        "Keine Zählung für {title} gebucht; der gescannte Code wird gesucht.",
    "Type the number of units on the shelf as a whole number, e.g. 12 (not {text})":
        "Die Stückzahl im Regal als ganze Zahl eingeben, z. B. 12 (nicht {text})",
    "Type how many are on the shelf (0 if it is empty)":
        "Eingeben, wie viele im Regal sind (0, wenn es leer ist)",
    "Recorded: {n} × {title}. It goes to Shopify at the next sync.":
        "Gebucht: {n} × {title}. Geht bei der nächsten Synchronisierung an Shopify.",
    "Recorded: {n} × {title}. Shopify is not reachable: it will be sent when Shopify is "
    "reachable.":
        "Gebucht: {n} × {title}. Shopify ist nicht erreichbar: wird gesendet, sobald Shopify "
        "erreichbar ist.",
    "Next item: scan or type its barcode or SKU.":
        "Nächster Artikel: Barcode oder SKU scannen oder eingeben.",
    "{reason}. Nothing was recorded yet.": "{reason}. Noch nichts gebucht.",
    "Counting with manager approval": "Zählung mit Freigabe durch Leitung",
    "Recorded · sent at next sync": "Gebucht · wird bei nächster Synchronisierung gesendet",
    "Pending · sent when Shopify is reachable":
        "Ausstehend · wird gesendet, sobald Shopify erreichbar ist",
    # ---- window and status bar ----------------------------------------------------------
    "{store} — terminal {terminal}": "{store} — Kasse {terminal}",
    "Signed out": "Abgemeldet",
    "Terminal {terminal}": "Kasse {terminal}",
    "Open the sync status": "Synchronisierungsstatus öffnen",
    "Sync status": "Synchronisierungsstatus",
    "Shopify status": "Shopify-Status",
    "Central database status": "Status der zentralen Datenbank",
    "Sign-in failed; the error was logged.":
        "Anmeldung fehlgeschlagen; der Fehler wurde protokolliert.",
    "Cashier: {name}": "Kassierer: {name}",
    "Locked. Sign in to continue; the open sale is kept.":
        "Gesperrt. Zum Fortfahren anmelden; der offene Verkauf bleibt erhalten.",
    "Status unavailable": "Status nicht verfügbar",
    "Shift open": "Schicht offen",
    "No shift open": "Keine Schicht offen",
    "Sync: {n} waiting": "Sync: {n} wartend",
    "Sync: up to date": "Sync: aktuell",
    " (oldest {n} min)": " (älteste {n} Min.)",
    "Central: online, last sync {time}": "Zentrale: online, letzter Sync {time}",
    "Central: offline since {time} — selling continues":
        "Zentrale: offline seit {time} — Verkauf läuft weiter",
    "start": "Start",
    "Central: PAUSED, needs a manager — sales stay queued":
        "Zentrale: ANGEHALTEN, Leitung nötig — Verkäufe bleiben in der Warteschlange",
    "Central: not synced yet": "Zentrale: noch nicht synchronisiert",
    "Shopify: not set up": "Shopify: nicht eingerichtet",
    "Shopify (demo shop)": "Shopify (Demo-Shop)",
    "{name}: offline, last sync {time} — selling continues":
        "{name}: offline, letzter Sync {time} — Verkauf läuft weiter",
    "{name}: offline — selling continues": "{name}: offline — Verkauf läuft weiter",
    "{name}: last sync {time}": "{name}: letzter Sync {time}",
    "{name}: not synced yet": "{name}: noch nicht synchronisiert",
    ", {n} stock change(s) waiting": ", {n} Bestandsänderung(en) wartend",
    ", {n} need attention": ", {n} mit Handlungsbedarf",
    "Central database: {state}": "Zentrale Datenbank: {state}",
    "unknown": "unbekannt",
    " · last sync {time}": " · letzter Sync {time}",
    "Last error: {error}": "Letzter Fehler: {error}",
    "Queue": "Warteschlange",
    "Waiting": "Wartend",
    "Oldest waiting since": "Älteste wartet seit",
    "Needs attention": "Handlungsbedarf",
    "Sync queues": "Synchronisierungs-Warteschlangen",
    "Nothing has been queued yet: completed sales appear here until they reach the central "
    "database and Shopify.":
        "Noch nichts in der Warteschlange: abgeschlossene Verkäufe erscheinen hier, bis sie "
        "die zentrale Datenbank und Shopify erreichen.",
    # ---- checkout, later strings
    'Clear what was typed':
        'Eingabe löschen',
    'Enter completes. Del removes the selected tender (Up/Down choose it).':
        'Eingabe schließt ab. Entf entfernt die gewählte Zahlung (Auf/Ab wählt sie).',
    'Enter refunds it to {tender}, as it was paid. Another tender needs a supervisor.':
        'Eingabe erstattet auf {tender}, wie bezahlt wurde. Eine andere Zahlart braucht die Schichtleitung.',
    'Type the amount handed over and press Enter for cash, or choose a tender (F1-F4).':
        'Erhaltenen Betrag eingeben und Eingabe für Bar drücken, oder Zahlart wählen (F1-F4).',
    'Reference: after Card, Store credit or Gift card':
        'Referenz (nach F2, F3 oder F4)',
    # ---- checkout, later strings (2)
    'The drawer did not answer':
        'Die Schublade hat nicht geantwortet',
    '{problem}: the drawer did not open. The sale is complete.':
        '{problem}: die Schublade ging nicht auf. Der Verkauf ist abgeschlossen.',
    'The default: Enter':
        'Die Vorgabe: Eingabe',
    # ---- sync status
    'Send the {n} refused row(s) again (R)':
        'Die {n} abgelehnte(n) Zeile(n) erneut senden (R)',
    'Send refused rows again':
        'Abgelehnte Zeilen erneut senden',
    # ---- the commission line (services/counter.py)
    'This sale: commission needs review (a manager will check)':
        'Dieser Verkauf: Provision wird geprüft (durch die Leitung)',
    'This sale {amount}':
        'Dieser Verkauf {amount}',
    ' (of {amount} shared)':
        ' (von {amount} geteilt)',
    '{n} units':
        '{n} Stück',
    'tier {tier}/{tiers}, {amount} to tier {next}':
        'Stufe {tier}/{tiers}, {amount} bis Stufe {next}',
    'top tier ({tiers}/{tiers})':
        'höchste Stufe ({tiers}/{tiers})',
    '{amount} to a {bonus} bonus':
        '{amount} bis zu {bonus} Bonus',
    'bonus {amount} earned':
        'Bonus {amount} verdient',
    'this till only':
        'nur diese Kasse',
    # ---- receipts (services/receipts.py)
    'POST-VOID of receipt {no}':
        'NACHSTORNO von Beleg {no}',
    'POST-VOID':
        'NACHSTORNO',
    'RETURN':
        'RÜCKGABE',
    'EXCHANGE':
        'UMTAUSCH',
    '{tender} refund':
        '{tender} Erstattung',
    'Thank you!':
        'Vielen Dank!',
    'REPRINT':
        'KOPIE',
    'Receipt {no}':
        'Beleg {no}',
    'RETURN of receipt {no}':
        'RÜCKGABE von Beleg {no}',
    'REFUND':
        'ERSTATTUNG',
    'TOTAL':
        'SUMME',
    'incl. {tax}':
        'inkl. {tax}',
    'Cash rounding':
        'Bargeldrundung',
    'CHANGE':
        'RÜCKGELD',
    # ---- X/Z reports (services/report_text.py) and the staff screen
    'Over':
        'Überschuss',
    'Short':
        'Fehlbetrag',
    'Balanced':
        'Ausgeglichen',
    'Opened':
        'Geöffnet',
    'Opened by':
        'Geöffnet von',
    'Closed':
        'Geschlossen',
    'Closed by':
        'Geschlossen von',
    'Printed':
        'Gedruckt',
    'Shift ref.':
        'Schicht-Ref.',
    'SALES':
        'VERKÄUFE',
    'Transactions':
        'Vorgänge',
    'Sales':
        'Verkäufe',
    'With returns':
        'Mit Rückgaben',
    'Voided before payment':
        'Vor Zahlung storniert',
    'Lines voided':
        'Stornierte Zeilen',
    'Lines voided, value':
        'Stornierte Zeilen, Wert',
    'Items sold':
        'Verkaufte Artikel',
    'Items returned':
        'Zurückgegebene Artikel',
    'Gross sales':
        'Bruttoumsatz',
    'Refunds':
        'Erstattungen',
    'Net sales':
        'Nettoumsatz',
    'Tax added':
        'Steuer zugeschlagen',
    'Sales total':
        'Umsatz gesamt',
    'TAX BY RATE':
        'STEUER NACH SATZ',
    'No tax':
        'Keine Steuer',
    'Total tax':
        'Steuer gesamt',
    'Tax is included in the prices above':
        'Die Steuer ist in den Preisen enthalten',
    'TAKINGS BY TENDER':
        'EINNAHMEN NACH ZAHLART',
    'Refunded ({n})':
        'Erstattet ({n})',
    'Net {tender}':
        '{tender} netto',
    'Total takings':
        'Einnahmen gesamt',
    'Rounding':
        'Rundung',
    'CASH DRAWER':
        'KASSENLADE',
    'Cash payments (net)':
        'Barzahlungen (netto)',
    'Paid in':
        'Einlagen',
    'Paid out':
        'Entnahmen',
    'Expected in drawer':
        'Soll in der Lade',
    'PAID IN / PAID OUT':
        'EINLAGEN / ENTNAHMEN',
    'In':
        'Ein',
    'Out':
        'Aus',
    'X REPORT':
        'X-BERICHT',
    'Shift still open - not a closing report':
        'Schicht noch offen - kein Abschlussbericht',
    'EXPECTED BY TENDER':
        'SOLL NACH ZAHLART',
    'Expected':
        'Soll',
    'Z REPORT No. {n}':
        'Z-BERICHT Nr. {n}',
    'CLOSING COUNT (BLIND)':
        'ABSCHLUSSZÄHLUNG (BLIND)',
    'Total expected':
        'Soll gesamt',
    'Total counted':
        'Gezählt gesamt',
    'Total {variance}':
        '{variance} gesamt',
    'Cash counted less float':
        'Gezähltes Bargeld abzgl. Wechselgeld',
    'END OF Z REPORT No. {n}':
        'ENDE Z-BERICHT Nr. {n}',
    'No Z reports yet':
        'Noch keine Z-Berichte',
    'Z {n}':
        'Z {n}',
    'Nobody here yet.\nAdd the people who sell and approve (Ctrl+N): each gets a PIN, and signs in on every till of the store after its next sync.':
        'Noch niemand da.\nDie Personen hinzufügen, die verkaufen und freigeben (Strg+N): jede bekommt eine PIN und meldet sich nach der nächsten Synchronisierung an jeder Kasse der Filiale an.',
    'Cashier':
        'Kassierer',
    'Supervisor':
        'Schichtleitung',
    'Manager':
        'Filialleitung',
    'Owner':
        'Inhaber',
    'New PIN ({low} to {high} digits)':
        'Neue PIN ({low} bis {high} Ziffern)',
    'New PIN':
        'Neue PIN',
    'That was a scan, not a PIN: type the PIN':
        'Das war ein Scan, keine PIN: die PIN eingeben',
    'A PIN is {low} to {high} digits':
        'Eine PIN hat {low} bis {high} Ziffern',
    'Type the same PIN again':
        'Dieselbe PIN noch einmal eingeben',
    'The two PINs were not the same; type the new PIN again':
        'Die beiden PINs stimmen nicht überein; die neue PIN erneut eingeben',
    'Name, as the sign-in list shows it':
        'Name, wie ihn die Anmeldeliste zeigt',
    'Save (Enter)':
        'Speichern (Eingabe)',
    'Next (Enter)':
        'Weiter (Eingabe)',
    'Save':
        'Speichern',
    'Cancel (Esc)':
        'Abbrechen (Esc)',
    'Cancel':
        'Abbrechen',
    "Type the person's name first":
        'Zuerst den Namen der Person eingeben',
    'Show leavers (Ctrl+L)':
        'Ausgeschiedene zeigen (Strg+L)',
    'Show leavers':
        'Ausgeschiedene zeigen',
    'Add (Ctrl+N)':
        'Hinzufügen (Strg+N)',
    'Add a person':
        'Person hinzufügen',
    'Change PIN (Ctrl+P)':
        'PIN ändern (Strg+P)',
    'Change PIN':
        'PIN ändern',
    'Role (Ctrl+R)':
        'Rolle (Strg+R)',
    'Change role':
        'Rolle ändern',
    'Deactivate (Del)':
        'Deaktivieren (Entf)',
    'Deactivate':
        'Deaktivieren',
    'Bring back (Ctrl+B)':
        'Zurückholen (Strg+B)',
    'Bring back':
        'Zurückholen',
    "Changes reach the store's other tills at their next sync; a deactivated person is refused on this till at once.":
        'Änderungen erreichen die anderen Kassen der Filiale bei ihrer nächsten Synchronisierung; eine deaktivierte Person wird an dieser Kasse sofort abgewiesen.',
    'Deactivated':
        'Deaktiviert',
    'No PIN yet':
        'Noch keine PIN',
    'Active':
        'Aktiv',
    "{name} added: they sign in here now, and on the store's other tills after their next sync.":
        '{name} hinzugefügt: meldet sich jetzt hier an und an den anderen Kassen nach deren nächster Synchronisierung.',
    'New PIN for {name}':
        'Neue PIN für {name}',
    '{name} has a new PIN.':
        '{name} hat eine neue PIN.',
    'Role of {name}':
        'Rolle von {name}',
    '{name} is now: {role}.':
        '{name} ist jetzt: {role}.',
    'Deactivate {name}?':
        '{name} deaktivieren?',
    "They cannot sign in on this till from now, nor on the store's other tills after their next sync. Their name stays on past sales.":
        'Ab jetzt keine Anmeldung an dieser Kasse, an den anderen Kassen nach deren nächster Synchronisierung. Der Name bleibt auf früheren Verkäufen.',
    'Deactivate (Enter)':
        'Deaktivieren (Eingabe)',
    '{name} is deactivated.':
        '{name} ist deaktiviert.',
    'Bring back {name}, with a new PIN':
        '{name} zurückholen, mit neuer PIN',
    '{name} is back.':
        '{name} ist zurück.',
    'Confirm':
        'Bestätigen',
    # ---- returns
    ' (till {till})':
        ' (Kasse {till})',
    'Add the refund to the sale':
        'Die Erstattung dem Verkauf hinzufügen',
    'Adding the return…':
        'Rückgabe wird hinzugefügt…',
    'Cancel the return':
        'Die Rückgabe abbrechen',
    'Choose why it comes back (F1…)':
        'Grund der Rückgabe wählen (F1…)',
    'Choose why {title} comes back (F1…)':
        'Grund der Rückgabe von {title} wählen (F1…)',
    'Could not look up the receipt; the error was logged.':
        'Der Beleg konnte nicht gesucht werden; der Fehler wurde protokolliert.',
    'Date and time':
        'Datum und Uhrzeit',
    'Day':
        'Tag',
    'Day of the sale':
        'Tag des Verkaufs',
    'Esc  Cancel':
        'Esc  Abbrechen',
    'Everything on receipt #{no} was already returned':
        'Alles von Beleg Nr. {no} wurde bereits zurückgegeben',
    'F10  No receipt':
        'F10  Ohne Beleg',
    'F9  Restock: no':
        'F9  Zurück ins Lager: nein',
    'F9  Restock: yes':
        'F9  Zurück ins Lager: ja',
    'Find  Enter':
        'Suchen  Eingabe',
    'Find by time':
        'Nach Uhrzeit suchen',
    'Find by total':
        'Nach Summe suchen',
    'Find sales by day and time':
        'Verkäufe nach Tag und Uhrzeit suchen',
    'Find sales by their total':
        'Verkäufe nach ihrer Summe suchen',
    'Find the receipt':
        'Den Beleg suchen',
    'Finding sales…':
        'Verkäufe werden gesucht…',
    'From time':
        'Ab Uhrzeit',
    'Item to return':
        'Zurückzugebender Artikel',
    'Lines of the receipt':
        'Zeilen des Belegs',
    'Looking up receipt {ref}…':
        'Beleg {ref} wird gesucht…',
    'No':
        'Nein',
    'No sale found; check the day, the times or the total':
        'Kein Verkauf gefunden; Tag, Uhrzeiten oder Summe prüfen',
    'Not a receipt number: {text}':
        'Keine Belegnummer: {text}',
    'One fewer':
        'Eins weniger',
    'One fewer {title}':
        'Ein(e) {title} weniger',
    'One more':
        'Eins mehr',
    'One more {title}':
        'Ein(e) {title} mehr',
    'Only {n} of {title} can still be returned ({done} of {sold} already returned)':
        'Von {title} können nur noch {n} zurückgegeben werden ({done} von {sold} bereits zurück)',
    'Paid each':
        'Bezahlt je Stück',
    'Quantity':
        'Menge',
    'Quantity to return':
        'Rückgabemenge',
    'Quantity to return of {title}':
        'Rückgabemenge von {title}',
    'Reason: {reason}':
        'Grund: {reason}',
    'Receipt #{no}{till}':
        'Beleg Nr. {no}{till}',
    'Receipt number':
        'Belegnummer',
    "Receipt number, or scan the receipt's barcode":
        'Belegnummer, oder den Barcode des Belegs scannen',
    'Refund {amount}  F12':
        '{amount} erstatten  F12',
    'Refund {n} items  F12':
        '{n} Artikel erstatten  F12',
    'Restock':
        'Zurück ins Lager',
    'Restock {title}':
        '{title} zurück ins Lager',
    'Return or refund':
        'Rückgabe oder Erstattung',
    'Return status':
        'Rückgabestatus',
    'Return without a receipt':
        'Rückgabe ohne Beleg',
    'Return without a receipt (a manager approves)':
        'Rückgabe ohne Beleg (Freigabe durch Leitung)',
    'Returned':
        'Zurückgegeben',
    'Sale total to find':
        'Gesuchte Verkaufssumme',
    'Sales found':
        'Gefundene Verkäufe',
    'Scan or type the barcode or SKU':
        'Barcode oder SKU scannen oder eingeben',
    'Scan or type the item that comes back':
        'Zurückgegebenen Artikel scannen oder eingeben',
    'Scan the item, type how many come back, choose why (F1…), then F12':
        'Artikel scannen, Menge eingeben, Grund wählen (F1…), dann F12',
    'Sold':
        'Verkauft',
    'To time':
        'Bis Uhrzeit',
    'Type how many come back (1 or more)':
        'Eingeben, wie viele zurückkommen (1 oder mehr)',
    'Type how many of which item come back':
        'Eingeben, wie viele von welchem Artikel zurückkommen',
    "Damaged": "Beschädigt",
    "Wrong size": "Falsche Größe",
    "Changed mind": "Nicht gewünscht",
    "Faulty": "Defekt",
    'Why:':
        'Grund:',
    'Yes':
        'Ja',
    'from':
        'ab',
    'no tenders':
        'keine Zahlungen',
    'paid with {tenders}':
        'bezahlt mit {tenders}',
    'return without a receipt: {qty} × {code}':
        'Rückgabe ohne Beleg: {qty} × {code}',
    'total {amount}':
        'Summe {amount}',
    '{n} sales found: choose one (Up, Down, Enter)':
        '{n} Verkäufe gefunden: einen wählen (Auf, Ab, Eingabe)',
    '{title} was already returned':
        '{title} wurde bereits zurückgegeben',
    # ---- returns: fields with a key (Alt+letter)
    '&Day':
        '&Tag',
    '&Receipt':
        '&Beleg',
    '&from':
        '&ab',
    '&to':
        'b&is',
    'T&otal':
        '&Summe',
    # ---- amounts refused (ui/i18n.py error_text)
    'Count':
        'Zählung',
    'Float':
        'Wechselgeld',
    # ---- discount, approval, PIN pad, held sales, stock attention kinds
    'A discount cannot be more than 100 %':
        'Ein Rabatt darf nicht über 100 % liegen',
    'A discount cannot be negative':
        'Ein Rabatt darf nicht negativ sein',
    'Amount {symbol} (Alt+A)':
        'Betrag {symbol} (Alt+A)',
    'Amount, e.g. {example}; 0 removes the discount':
        'Betrag, z. B. {example}; 0 entfernt den Rabatt',
    'Applies it at once; key {key}':
        'Sofort anwenden; Taste {key}',
    'Apply (Enter)':
        'Anwenden (Eingabe)',
    'Apply the discount':
        'Den Rabatt anwenden',
    'Approval message':
        'Freigabemeldung',
    'Approve':
        'Freigeben',
    'Approve (Enter)':
        'Freigeben (Eingabe)',
    'Barcode on two SKUs':
        'Barcode auf zwei SKUs',
    'Cancel approval':
        'Freigabe abbrechen',
    'Cancel the discount':
        'Den Rabatt abbrechen',
    'Choose who approves (touch, arrow keys or the first letters), then they type their PIN. Esc cancels.':
        'Wählen, wer freigibt (antippen, Pfeiltasten oder Anfangsbuchstaben), dann gibt die Person ihre PIN ein. Esc bricht ab.',
    'Choose who approves first':
        'Zuerst wählen, wer freigibt',
    'Choose who is signing in or approving: touch, or Up and Down arrows, or the first letters of the name':
        'Wählen, wer sich anmeldet oder freigibt: antippen, Pfeiltasten auf/ab oder die Anfangsbuchstaben des Namens',
    'Clear':
        'Löschen',
    'Clear\nDel':
        'Löschen\nEntf',
    'Clear PIN':
        'PIN löschen',
    'Clears the PIN (Del)':
        'Löscht die PIN (Entf)',
    'Close held sales':
        'Geparkte Verkäufe schließen',
    'Count sent as variance':
        'Zählung als Differenz gesendet',
    'Digit {digit}':
        'Ziffer {digit}',
    'Discount as an amount of money':
        'Rabatt als Geldbetrag',
    'Discount in percent':
        'Rabatt in Prozent',
    'Discount message':
        'Rabattmeldung',
    'Discount on the selected line':
        'Rabatt auf die gewählte Zeile',
    'Discount on the whole sale':
        'Rabatt auf den ganzen Verkauf',
    'Discount reason':
        'Rabattgrund',
    'Discount value':
        'Rabattwert',
    'Discount {percent}':
        'Rabatt {percent}',
    'Enter':
        'Eingabe',
    'Enter PIN':
        'PIN eingeben',
    'Held at':
        'Geparkt um',
    'Held sales':
        'Geparkte Verkäufe',
    'Items':
        'Artikel',
    'Key: Del':
        'Taste: Entf',
    'Line (Alt+L)':
        'Zeile (Alt+L)',
    'Line: {title} (Alt+L)':
        'Zeile: {title} (Alt+L)',
    'Manager approval':
        'Freigabe durch Leitung',
    'No held sales. Press F5 on a sale to hold it for later.':
        'Keine geparkten Verkäufe. F5 parkt einen Verkauf für später.',
    'No reason given':
        'Kein Grund angegeben',
    'Not a number: {text}':
        'Keine Zahl: {text}',
    'Oversold':
        'Überverkauft',
    'PIN':
        'PIN',
    'Percent % (Alt+P)':
        'Prozent % (Alt+P)',
    'Percent, e.g. 10 for 10 %; 0 removes the discount':
        'Prozent, z. B. 10 für 10 %; 0 entfernt den Rabatt',
    'REFUNDS BY REASON':
        'ERSTATTUNGEN NACH GRUND',
    'Reason (optional): damaged, loyalty, price match…':
        'Grund (optional): beschädigt, Treue, Preisangleich…',
    'Refused by Shopify':
        'Von Shopify abgelehnt',
    'Resume (Enter)':
        'Fortsetzen (Eingabe)',
    'Resume the selected sale':
        'Den gewählten Verkauf fortsetzen',
    'Staff member':
        'Mitarbeiter',
    'That was a scan, not a PIN: the approver types their PIN':
        'Das war ein Scan, keine PIN: die freigebende Person gibt ihre PIN ein',
    "The approver's PIN, on the keys or the pad; Enter approves":
        'Die PIN der freigebenden Person, per Tastatur oder Tastenfeld; Eingabe gibt frei',
    "Type the approver's PIN":
        'PIN der freigebenden Person eingeben',
    'Type the discount (0 removes it)':
        'Rabatt eingeben (0 entfernt ihn)',
    'Type the discount, then Enter; 0 removes the discount':
        'Rabatt eingeben, dann Eingabe; 0 entfernt den Rabatt',
    'Unknown SKU':
        'Unbekannte SKU',
    'Unreadable stock change':
        'Unlesbare Bestandsänderung',
    'Up and Down choose a sale; Enter resumes it':
        'Auf und Ab wählen einen Verkauf; Eingabe setzt ihn fort',
    'Use at most two decimals for a percentage':
        'Höchstens zwei Nachkommastellen für Prozent',
    'Whole sale (Alt+W)':
        'Ganzer Verkauf (Alt+W)',
    'Your PIN, 4 to {n} digits; Enter to confirm, Del clears':
        'Ihre PIN, 4 bis {n} Ziffern; Eingabe bestätigt, Entf löscht',
    'discount {value} on line {no}':
        'Rabatt {value} auf Zeile {no}',
    'discount {value} on the whole sale':
        'Rabatt {value} auf den ganzen Verkauf',
    'removing the discount on line {no}':
        'Rabatt von Zeile {no} entfernen',
    'removing the discount on the sale':
        'Rabatt vom Verkauf entfernen',
    '{n}%':
        '{n} %',
    '{percent} ({key})':
        '{percent} ({key})',
    '{reason} ({n})':
        '{reason} ({n})',
    '{time} (parked)':
        '{time} (abgestellt)',
    '{title}: {what}':
        '{title}: {what}',
    # ---- the payroll PDF (ui/commission_export.py)
    'Amounts in {currency}. Generated {when}.':
        'Beträge in {currency}. Erstellt am {when}.',
    'Bonuses':
        'Boni',
    'Not included (another currency): {what}.':
        'Nicht enthalten (andere Währung): {what}.',
    'Sale commission':
        'Verkaufsprovision',
    'Tier adjustments':
        'Stufenanpassungen',
    'all stores and terminals in the source':
        'alle Filialen und Kassen der Quelle',
    'terminal {terminal}':
        'Kasse {terminal}',
    '{first} to {last}':
        '{first} bis {last}',
    # ---- commission progress (back office), returns
    '1 sale found: Enter opens it':
        '1 Verkauf gefunden: Eingabe öffnet ihn',
    'Tier {n} of {count}':
        'Stufe {n} von {count}',
    'no bonus in this plan':
        'kein Bonus in diesem Plan',
    'top tier':
        'höchste Stufe',
    '{amount} earned':
        '{amount} verdient',
    '{amount} to tier {n}':
        '{amount} bis Stufe {n}',
    '{amount} to {bonus}':
        '{amount} bis {bonus}',
    # ---- report periods
    'Week of {date}':
        'Woche vom {date}',
    # ---- journal actions
    'Approval':
        'Freigabe',
    'Catalog import':
        'Katalogimport',
    'Count stock':
        'Bestandszählung',
    'Discount cleared':
        'Rabatt entfernt',
    'Discount over limit':
        'Rabatt über Limit',
    'Line void':
        'Zeilenstorno',
    'Login failed':
        'Anmeldung fehlgeschlagen',
    'Open drawer':
        'Lade geöffnet',
    'Plan change':
        'Planänderung',
    'Post void':
        'Nachstorno',
    'Price override':
        'Preisänderung',
    'Refund':
        'Erstattung',
    'Refused stock changes sent again':
        'Abgelehnte Bestandsänderungen erneut gesendet',
    'Resolve stock attention':
        'Bestandsproblem erledigt',
    'Return no receipt':
        'Rückgabe ohne Beleg',
    'Sale':
        'Verkauf',
    'Settings change':
        'Einstellungsänderung',
    'Shift close':
        'Schichtabschluss',
    'Staff change':
        'Mitarbeiteränderung',
    # ---- stock warning at the counter
    'Only {n} × {title} should be in stock; {sale} in this sale':
        'Nur {n} × {title} sollten auf Lager sein; {sale} in diesem Verkauf',
    # ---- PDF receipt
    'Cannot write the PDF receipt to {path}':
        'Der PDF-Beleg kann nicht nach {path} geschrieben werden',
    'Cannot write the PDF receipt to {path}: {reason}':
        'Der PDF-Beleg kann nicht nach {path} geschrieben werden: {reason}',
    # ---- back office banner, alerts
    'Alert: {text}':
        'Warnung: {text}',
    'Alerts':
        'Warnungen',
    'An open sale is {n} bytes (budget {limit})':
        'Ein offener Verkauf hat {n} Bytes (Budget {limit})',
    'Backup overdue: the last one is {n} h old':
        'Sicherung überfällig: die letzte ist {n} h alt',
    'Central database':
        'Zentrale Datenbank',
    'Central database not reached for {n} h':
        'Zentrale Datenbank seit {n} h nicht erreicht',
    'Disk almost full: {n} % free (under {limit} %)':
        'Datenträger fast voll: {n} % frei (unter {limit} %)',
    'Local data':
        'Lokale Daten',
    'No backup has been made yet':
        'Es wurde noch keine Sicherung erstellt',
    'Offline: {why}. {text}':
        'Offline: {why}. {text}',
    'Oldest item waiting for {channel}: {n} min (limit {limit} min)':
        'Ältester Eintrag wartet auf {channel}: {n} Min. (Limit {limit} Min.)',
    'Shopify':
        'Shopify',
    'Shopify refuses this till: check its access token':
        'Shopify weist diese Kasse ab: Zugriffstoken prüfen',
    'as of {time}':
        'Stand {time}',
    'last terminal push {time}':
        'letzte Kassenübertragung {time}',
    'no records yet':
        'noch keine Einträge',
    'the central database':
        'die zentrale Datenbank',
    'the journal':
        'das Journal',
    '{n} alerts: {text}':
        '{n} Warnungen: {text}',
    '{n} record(s) not yet sent to the central database':
        '{n} Eintrag/Einträge noch nicht an die zentrale Datenbank gesendet',
    '{rate} % of commands refused or failed in the last hour (limit {limit} %)':
        '{rate} % der Befehle in der letzten Stunde abgelehnt oder fehlgeschlagen (Limit {limit} %)',
    # ---- health screen
    'Charts over the last day':
        'Diagramme des letzten Tages',
    'Charts over the last week':
        'Diagramme der letzten Woche',
    'Command latency chart':
        'Diagramm der Befehlslatenz',
    'Command latency, p99 (ms)':
        'Befehlslatenz, p99 (ms)',
    'Disk, backup and feature flags':
        'Datenträger, Sicherung und Funktionsschalter',
    'Disk: free space unknown':
        'Datenträger: freier Platz unbekannt',
    'Disk: {n} % free':
        'Datenträger: {n} % frei',
    'Error rate chart':
        'Diagramm der Fehlerrate',
    'Feature flags in force: {flags}':
        'Aktive Funktionsschalter: {flags}',
    'Firing alerts':
        'Aktive Warnungen',
    'Health':
        'Zustand',
    'Health of this till':
        'Zustand dieser Kasse',
    'Last backup: none yet (pos-app backup, or the daily backup)':
        'Letzte Sicherung: noch keine (pos-app backup oder die tägliche Sicherung)',
    'Last backup: {at}':
        'Letzte Sicherung: {at}',
    'Last day (D)':
        'Letzter Tag (D)',
    'Last hour: {n} commands, p50 {p50} ms, p99 {p99} ms':
        'Letzte Stunde: {n} Befehle, p50 {p50} ms, p99 {p99} ms',
    'Last week (W)':
        'Letzte Woche (W)',
    'No alert is firing. Alerts appear here and at the counter when a threshold of [monitoring] is crossed.':
        'Keine Warnung aktiv. Warnungen erscheinen hier und an der Kasse, wenn eine Schwelle aus [monitoring] überschritten wird.',
    "No commands measured yet. Each scan, tender and sale at the counter is timed; the minute's figures are written every minute and drawn here.":
        'Noch keine Befehle gemessen. Jeder Scan, jede Zahlung und jeder Verkauf an der Kasse wird gemessen; die Zahlen werden jede Minute geschrieben und hier gezeichnet.',
    'No commands measured yet: the share the till refused or could not complete appears here once the counter sells.':
        'Noch keine Befehle gemessen: der Anteil, den die Kasse abgelehnt oder nicht abgeschlossen hat, erscheint hier, sobald verkauft wird.',
    'No queue figures yet. While the till runs, how many items wait for the central database, the journal and Shopify is sampled every minute and drawn here.':
        'Noch keine Warteschlangenzahlen. Solange die Kasse läuft, wird jede Minute erfasst, wie viele Einträge auf die zentrale Datenbank, das Journal und Shopify warten, und hier gezeichnet.',
    'Open sales: {n} bytes stored (budget {b} a sale)':
        'Offene Verkäufe: {n} Bytes gespeichert (Budget {b} je Verkauf)',
    'Read the health figures again':
        'Zustandszahlen neu lesen',
    'Refresh (F5)':
        'Aktualisieren (F5)',
    'Refused or failed commands (%)':
        'Abgelehnte oder fehlgeschlagene Befehle (%)',
    'Sync queue chart':
        'Diagramm der Sync-Warteschlangen',
    'Waiting to sync, per channel':
        'Warten auf Sync, je Kanal',
    'none':
        'keine',
    'p99':
        'p99',
    'refused or failed':
        'abgelehnt oder fehlgeschlagen',
    '{channel}: {state}, {n} waiting':
        '{channel}: {state}, {n} wartend',
    'online':
        'online',
    'offline':
        'offline',
    'paused':
        'angehalten',
    'not synced yet':
        'noch nicht synchronisiert',
    '… and {n} more (pos-app status)':
        '… und {n} weitere (pos-app status)',
    # ---- set-up wizard
    '1 Store and till':
        '1 Filiale und Kasse',
    '2 Taxes':
        '2 Steuern',
    '3 Owner':
        '3 Inhaber',
    '4 Shopify':
        '4 Shopify',
    '5 Central database':
        '5 Zentrale Datenbank',
    '6 Printer':
        '6 Drucker',
    'Access token':
        'Zugriffstoken',
    'Admin API access token':
        'Zugriffstoken der Admin-API',
    'Cancel the running step':
        'Den laufenden Schritt abbrechen',
    'Cancelling: the step stops at its next safe point; nothing is left half done.':
        'Wird abgebrochen: der Schritt hält am nächsten sicheren Punkt; nichts bleibt halb erledigt.',
    'Cash rounding (1 = none, 5 = 0.05)':
        'Bargeldrundung (1 = keine, 5 = 0,05)',
    'Cash rounding in minor units':
        'Bargeldrundung in kleinsten Einheiten',
    'Cash rounding is a whole number of minor units: 1 for none, 5 for 0.05':
        'Die Bargeldrundung ist eine ganze Zahl kleinster Einheiten: 1 für keine, 5 für 0,05',
    "Choose or type the printer's form (e.g. usb:04b8:0202), or skip with F8":
        'Druckerangabe wählen oder eingeben (z. B. usb:04b8:0202), oder mit F8 überspringen',
    'Close the set-up and finish later':
        'Einrichtung schließen und später fertigstellen',
    'Continue (Enter)':
        'Weiter (Eingabe)',
    'Currency (ISO code)':
        'Währung (ISO-Code)',
    "Database owner's URL (optional)":
        'URL des Datenbankeigentümers (optional)',
    "Database owner's password":
        'Passwort des Datenbankeigentümers',
    'Do this step and continue':
        'Diesen Schritt ausführen und weiter',
    'Enter starts the counter.':
        'Eingabe startet die Kasse.',
    "Enter tests the token and lists the shop's locations; Enter again connects, stores the token in the keyring and pulls the catalog.":
        'Eingabe prüft das Token und listet die Standorte des Shops; erneut Eingabe verbindet, speichert das Token im Schlüsselbund und lädt den Katalog.',
    'Exempt':
        'Befreit',
    'Finish later (Esc)':
        'Später fertigstellen (Esc)',
    'How prices are taxed and rounded.':
        'Wie Preise besteuert und gerundet werden.',
    'Locale':
        'Gebietsschema',
    'Locale (e.g. en_US, de_DE)':
        'Gebietsschema (z. B. de_DE, de_AT)',
    'Location (Up/Down)':
        'Standort (Auf/Ab)',
    'Location this till sells from':
        'Standort, von dem diese Kasse verkauft',
    "Owner's PIN":
        'PIN des Inhabers',
    "Owner's PIN again":
        'PIN des Inhabers noch einmal',
    "Owner's URL":
        'URL des Eigentümers',
    "Owner's name":
        'Name des Inhabers',
    "Owner's password":
        'Passwort des Eigentümers',
    'PIN (4 to 8 digits)':
        'PIN (4 bis 8 Ziffern)',
    'PIN again':
        'PIN noch einmal',
    'Pick the location this till sells from (Up/Down) and press Enter to connect and pull the catalog.':
        'Den Standort dieser Kasse wählen (Auf/Ab) und Eingabe drücken, um zu verbinden und den Katalog zu laden.',
    'Prices include tax':
        'Preise enthalten Steuer',
    'Printer':
        'Drucker',
    'Ready':
        'Bereit',
    'Receipt printer':
        'Belegdrucker',
    'Sales tax':
        'Umsatzsteuer',
    "Sell Shopify's catalog and keep its stock.":
        'Den Shopify-Katalog verkaufen und seinen Bestand führen.',
    'Set up this till':
        'Diese Kasse einrichten',
    # ---- set-up: the printer step, the first pull's count; back office Settings ----
    'Settings': 'Einstellungen',
    'A step skipped at the first start can be done here: the wizard opens at the taxes (the store is kept), F8 skips what is already right. The counter reads the new settings when it starts again.':
        'Ein beim ersten Start übersprungener Schritt lässt sich hier nachholen: Der Assistent öffnet bei den Steuern (der Laden bleibt), F8 überspringt, was schon stimmt. Die Kasse liest die neuen Einstellungen beim nächsten Start.',
    'No printer: receipts are saved as PDF': 'Kein Drucker: Belege werden als PDF gespeichert',
    'No store yet': 'Noch kein Laden',
    'No tax class yet: prices are sold without tax':
        'Noch keine Steuerklasse: Preise werden ohne Steuer verkauft',
    'Not connected: this till sells offline only':
        'Nicht verbunden: diese Kasse verkauft nur offline',
    'Open the set-up wizard to do a skipped step':
        'Den Einrichtungsassistenten öffnen, um einen übersprungenen Schritt nachzuholen',
    'Set-up wizard (F2)': 'Einrichtungsassistent (F2)',
    'Settings of this till': 'Einstellungen dieser Kasse',
    'Store and till': 'Laden und Kasse',
    'Tax classes': 'Steuerklassen',
    'The embedded database on this till': 'Die eingebettete Datenbank dieser Kasse',
    "A network printer is not searched for: type network:HOST (port 9100) or network:HOST:PORT. Enter prints a test page (the store's name, the date and time, a ruler per character width, a cut) and keeps the printer.":
        'Netzwerkdrucker werden nicht gesucht: network:HOST (Port 9100) oder network:HOST:PORT eingeben. Enter druckt eine Testseite (Name des Ladens, Datum und Uhrzeit, ein Lineal je Zeichenbreite, ein Schnitt) und übernimmt den Drucker.',
    'CUPS prints to it as a page printer: choose the printer itself (USB, network or serial)':
        'CUPS druckt darauf als Seitendrucker: den Drucker selbst wählen (USB, Netzwerk oder seriell)',
    'CUPS queue {queue}': 'CUPS-Warteschlange {queue}',
    "Cannot write to {target} ({detail}). Check that the printer is switched on and its cable is in, and that this user may write to {target} (the device's group, often lp).":
        '{target} ist nicht beschreibbar ({detail}). Prüfen Sie, ob der Drucker eingeschaltet und das Kabel eingesteckt ist und ob dieser Benutzer auf {target} schreiben darf (die Gruppe des Geräts, oft lp).',
    'Choose a printer (Up/Down) or type its form (e.g. network:192.0.2.10), or skip with F8':
        'Einen Drucker wählen (Auf/Ab) oder seine Form eingeben (z. B. network:192.0.2.10), oder mit F8 überspringen',
    'Each ruler on one line and the paper cut: receipts will print.':
        'Jedes Lineal auf einer Zeile und das Papier geschnitten: Belege werden gedruckt.',
    'Found (Up/Down)': 'Gefunden (Auf/Ab)',
    'Look again (F5)': 'Erneut suchen (F5)',
    'Look for printers again': 'Erneut nach Druckern suchen',
    'Looking for printers…': 'Drucker werden gesucht…',
    "No printer found: type a network printer's address below, or check the USB cable and power and look again (F5)":
        'Kein Drucker gefunden: unten die Adresse eines Netzwerkdruckers eingeben, oder USB-Kabel und Strom prüfen und erneut suchen (F5)',
    'Normal text, {n} characters:': 'Normaler Text, {n} Zeichen:',
    'Print a test page without keeping the printer':
        'Eine Testseite drucken, ohne den Drucker zu übernehmen',
    'Printed {when}': 'Gedruckt am {when}',
    'Printer test page': 'Testseite des Druckers',
    'Printer {device}': 'Drucker {device}',
    'Printers found on this till': 'An dieser Kasse gefundene Drucker',
    'Pulling the catalog from Shopify: {count}': 'Katalog wird von Shopify geladen: {count}',
    'Shopify is preparing the catalog: {records} records so far': 'Shopify bereitet den Katalog vor: bisher {records} Datensätze',
    'Serial port {path}': 'Serielle Schnittstelle {path}',
    'Shopify: connected. Catalog pulled: {count}.': 'Shopify: verbunden. Katalog geladen: {count}.',
    'Shopify: connected; the catalog is pulled by the next sync.':
        'Shopify: verbunden; die nächste Synchronisierung lädt den Katalog.',
    "Central database: connected; this till's sales now go to it.":
        'Zentrale Datenbank: verbunden; die Verkäufe dieser Kasse gehen jetzt dorthin.',
    'Small text, {n} characters:': 'Kleiner Text, {n} Zeichen:',
    'Test page only (F2)': 'Nur Testseite (F2)',
    'Test page sent to {device}. Enter keeps this printer.':
        'Testseite an {device} gesendet. Enter übernimmt diesen Drucker.',
    'The USB printer {target} was not reached ({detail}). Check the cable and power, its ids with lsusb, and that this user may use the device (a udev rule).':
        'Der USB-Drucker {target} wurde nicht erreicht ({detail}). Prüfen Sie Kabel und Strom, seine IDs mit lsusb und ob dieser Benutzer das Gerät verwenden darf (eine udev-Regel).',
    'The printer at {target} did not answer ({detail}). Check that it is switched on and its address (its network status sheet: hold FEED while switching it on), and that this till is on the same network.':
        'Der Drucker unter {target} hat nicht geantwortet ({detail}). Prüfen Sie, ob er eingeschaltet ist, und seine Adresse (sein Netzwerk-Statusblatt: FEED beim Einschalten gedrückt halten), und ob diese Kasse im selben Netzwerk ist.',
    'The CUPS queue {target} did not take the test page ({detail}). Check that the queue exists and accepts jobs (lpstat -p {target}) and that the CUPS client (lp) is installed.':
        'Die CUPS-Warteschlange {target} hat die Testseite nicht angenommen ({detail}). Prüfen Sie, ob die Warteschlange existiert und Aufträge annimmt (lpstat -p {target}) und ob der CUPS-Client (lp) installiert ist.',
    "The serial port {target} could not be used ({detail}). Check the cable, the port's name and the baud rate.":
        'Die serielle Schnittstelle {target} konnte nicht verwendet werden ({detail}). Prüfen Sie Kabel, Namen der Schnittstelle und Baudrate.',
    "This user may not write to {path}: add it to the device's group (often lp) and sign in again":
        'Dieser Benutzer darf nicht auf {path} schreiben: ihn zur Gruppe des Geräts hinzufügen (oft lp) und neu anmelden',
    'USB printer on {path}': 'USB-Drucker an {path}',
    'USB printer {ids}': 'USB-Drucker {ids}',
    'Wide, {n} characters:': 'Doppelte Breite, {n} Zeichen:',
    'network:HOST[:PORT], usb:VID:PID, serial:DEVICE, file:PATH or cups:QUEUE':
        'network:HOST[:PORT], usb:VID:PID, serial:GERÄT, file:PFAD oder cups:WARTESCHLANGE',
    '{done} of {total} products': '{done} von {total} Produkten',
    '{done} products read': '{done} Produkte gelesen',
    'Shopify: connected. The catalog pull was stopped at {count}; the next sync pulls the rest.':
        'Shopify: verbunden. Das Laden des Katalogs wurde bei {count} angehalten; die nächste Synchronisierung lädt den Rest.',
    "No owner's account yet: the owner adds the staff":
        'Noch kein Inhaberkonto: der Inhaber legt das Personal an',
    'Set-up steps':
        'Einrichtungsschritte',
    'Shop':
        'Shop',
    'Skip (F8)':
        'Überspringen (F8)',
    'Skip (F8) keeps the embedded database on this till; connect later with `pos-app central connect`.':
        'Überspringen (F8) behält die eingebettete Datenbank auf dieser Kasse; später mit `pos-app central connect` verbinden.',
    'Skip this step':
        'Diesen Schritt überspringen',
    'Standard':
        'Normal',
    'Standard rate (%)':
        'Normalsatz (%)',
    'Standard tax rate in percent':
        'Normaler Steuersatz in Prozent',
    'Start selling (Enter)':
        'Verkauf starten (Eingabe)',
    'Step in progress':
        'Schritt läuft',
    'Store id':
        'Filial-ID',
    'Store id at central':
        'Filial-ID in der Zentrale',
    'Store name':
        'Filialname',
    'Tax name':
        'Steuername',
    'Tax rounded on the total':
        'Steuer auf die Summe gerundet',
    'Tax rounded per line':
        'Steuer je Zeile gerundet',
    'Tax rounding':
        'Steuerrundung',
    'The receipt printer and the cash drawer.':
        'Der Belegdrucker und die Kassenlade.',
    "The shop has no active location: add one in Shopify's admin, then test again":
        'Der Shop hat keinen aktiven Standort: in der Shopify-Verwaltung einen anlegen, dann erneut prüfen',
    "The store's first account: it adds the staff.":
        'Das erste Konto der Filiale: es legt die Mitarbeiter an.',
    'This step failed: {error}':
        'Dieser Schritt ist fehlgeschlagen: {error}',
    "This till's central database URL":
        'URL der zentralen Datenbank für diese Kasse',
    'Till id':
        'Kassen-ID',
    "Till's URL":
        'URL der Kasse',
    'Time zone':
        'Zeitzone',
    'Time zone (e.g. America/Chicago)':
        'Zeitzone (z. B. Europe/Berlin)',
    "Two classes are made: standard (this rate) and exempt (0 %), the classes Shopify's taxable and untaxed products use.":
        'Zwei Klassen werden angelegt: normal (dieser Satz) und befreit (0 %), die Klassen für steuerpflichtige und steuerfreie Shopify-Produkte.',
    "Type the owner's name first":
        'Zuerst den Namen des Inhabers eingeben',
    'What the step did':
        'Was der Schritt getan hat',
    'What was set up':
        'Was eingerichtet wurde',
    "Where every till's sales meet.":
        'Wo die Verkäufe aller Kassen zusammenkommen.',
    'Who this store and this till are. Skip (F8) starts the store with what is shown.':
        'Wer diese Filiale und diese Kasse sind. Überspringen (F8) startet die Filiale mit den angezeigten Werten.',
    'Working…':
        'In Arbeit…',
    'done':
        'erledigt',
    'e.g. 8.25; empty: no tax':
        'z. B. 19; leer: keine Steuer',
    'my-shop, my-shop.myshopify.com or admin.shopify.com/store/my-shop':
        'mein-shop, mein-shop.myshopify.com oder admin.shopify.com/store/mein-shop',
    'not done':
        'nicht erledigt',
    "postgresql+psycopg://OWNER@HOST/DB: creates the schema and this till's role":
        'postgresql+psycopg://OWNER@HOST/DB: legt das Schema und die Rolle dieser Kasse an',
    'skipped: do it later with `pos-app setup`':
        'übersprungen: später mit `pos-app setup` erledigen',
    'usb:VID:PID (as lsusb shows), network:HOST[:PORT], serial:DEVICE[:BAUD] or file:PATH. Enter prints a test page and keeps the printer.':
        'usb:VID:PID (wie lsusb zeigt), network:HOST[:PORT], serial:DEVICE[:BAUD] oder file:PATH. Eingabe druckt eine Testseite und übernimmt den Drucker.',
    '{step}: done.':
        '{step}: erledigt.',
    # ---- sale screen prompts
    'New quantity:':
        'Neue Menge:',
    'New unit price for {title} (now {price}):':
        'Neuer Stückpreis für {title} (jetzt {price}):',
    'Next item × {n}':
        'Nächster Artikel × {n}',
    'Sale held. F6 shows held sales.':
        'Verkauf geparkt. F6 zeigt geparkte Verkäufe.',
    'open the drawer without a sale':
        'Lade ohne Verkauf öffnen',
    'price override on line {no}: {title}':
        'Preisänderung in Zeile {no}: {title}',
    'removing line {no}':
        'Zeile {no} entfernen',
    'void this sale':
        'diesen Verkauf stornieren',
    # ---- set-up wizard (2)
    'Back (PgUp)':
        'Zurück (Bild auf)',
    'Back to the step before':
        'Zurück zum vorigen Schritt',
    'Data directory: {path}':
        'Datenverzeichnis: {path}',
    # ---- accessible names (back office) ----
    'Commission per staff member': 'Provision je Mitarbeiter',
    'Commission plans': 'Provisionspläne',
    'Rows ({action} adds one)': 'Zeilen ({action} fügt eine hinzu)',
    'Sections': 'Bereiche',
    'Starts on': 'Beginnt am',
    # ---- health: feature flags and where they come from ----------------------------
    'on':
        'an',
    'off':
        'aus',
    'default':
        'Standard',
    'central database, version {n}':
        'zentrale Datenbank, Version {n}',
    "this till's config file [flags]":
        'Konfigurationsdatei dieser Kasse [flags]',
    "this till's environment ({name})":
        'Umgebung dieser Kasse ({name})',
    'Feature flag':
        'Funktionsschalter',
    'State':
        'Zustand',
    'Feature flags: each flag, on or off, and where its value comes from':
        'Funktionsschalter: jeder Schalter, an oder aus, und woher sein Wert kommt',
    '{state} ({source}) from the next start':
        '{state} ({source}) ab dem nächsten Start',
    'Set by {who}':
        'Gesetzt von {who}',
}

BY_CONTEXT: dict[tuple[str, str], str] = {
    ("Sale", "Return"): "Rückgabe",
    # The cart's header: short, so the item names keep the room at 1024x768.
    ("Cart", "Line total"): "Betrag",
}

# ---- back office, Health: the recent alerts ----------------------------------------------
T.update({
    "Waiting to sync: {channel}": "Wartet auf Synchronisierung: {channel}",
    "Refused or failed commands": "Abgelehnte oder fehlgeschlagene Befehle",
    "Open sale size": "Größe eines offenen Verkaufs",
    "Disk space": "Speicherplatz",
    "Backup overdue": "Sicherung überfällig",
    "Shopify access": "Shopify-Zugang",
    "Central database unreachable": "Zentrale Datenbank nicht erreichbar",
    "Recent alerts (H)": "Letzte Warnungen (H)",
    "Alert": "Warnung",
    "Raised or cleared": "Ausgelöst oder behoben",
    "Recent alerts: when each alert was raised or cleared, newest first":
        "Letzte Warnungen: wann jede Warnung ausgelöst oder behoben wurde, neueste zuerst",
    "No alert has been raised on this till yet. Each one is listed here when it is raised "
    "and when it clears.":
        "An dieser Kasse wurde noch keine Warnung ausgelöst. Jede erscheint hier, wenn sie "
        "ausgelöst und wenn sie behoben wird.",
    "Recent alerts: none yet": "Letzte Warnungen: noch keine",
    "raised": "ausgelöst",
    "cleared": "behoben",
    "{alert} raised {when}: {detail}": "{alert} ausgelöst am {when}: {detail}",
    "{alert} cleared {when}": "{alert} behoben am {when}",
})

# ---- back-office keys (every action from the keyboard, its key shown) -------------------
T.update({
    "Export CSV…  Ctrl+E": "CSV exportieren…  Strg+E",
    "Export PDF…  Ctrl+P": "PDF exportieren…  Strg+P",
    "Verify chain  Ctrl+Shift+V": "Kette prüfen  Strg+Umschalt+V",
    "Recalculate with current plans  Ctrl+R": "Mit aktuellen Plänen neu berechnen  Strg+R",
    "{action}  Ins": "{action}  Einfg",
    "Remove selected  Del": "Auswahl entfernen  Entf",
    "New plan  Ctrl+N": "Neuer Plan  Strg+N",
    "Reload plan  Ctrl+R": "Plan neu laden  Strg+R",
    "Preview  Ctrl+P": "Vorschau  Strg+P",
    "{section}  Ctrl+{n}": "{section}  Strg+{n}",
    # the counter: a cashier deactivated while signed in
    "{name} can no longer use this till (deactivated) and was signed out. The open sale is kept: "
    "sign in to continue.":
        "{name} darf diese Kasse nicht mehr benutzen (deaktiviert) und wurde abgemeldet. Der offene "
        "Verkauf bleibt erhalten: zum Weitermachen anmelden.",
})
T.update({  # what a report covers and a plan preview's notes, said by the services in English
    "all stores and terminals": "alle Filialen und Kassen",
    "this terminal's records only ({terminal})": "nur die Daten dieser Kasse ({terminal})",
    "{n} record(s) of staff this plan does not cover are left out":
        "{n} Datensätze von Mitarbeitern, die dieser Plan nicht abdeckt, bleiben außen vor",
    "{n} return(s) of sales made before the period are clawed back at this plan's rate "
    "without tier parts":
        "{n} Rückgaben von Verkäufen vor dem Zeitraum werden zum Satz dieses Plans ohne "
        "Stufenanteil zurückgebucht",
    "{n} return(s) whose sale is unknown here are left out":
        "{n} Rückgaben, deren Verkauf hier unbekannt ist, bleiben außen vor",
    "The plan is in {plan} but the records are in {records}":
        "Der Plan ist in {plan}, die Daten sind in {records}",
    "No sales in {period} to preview against": "Keine Verkäufe in {period} für die Vorschau",
})
T.update({  # the journal's chain status and actions the app names in English
    "Backup key shown": "Sicherungsschlüssel angezeigt",
    "Owner's authority used": "Befugnis des Inhabers genutzt",
    "Tax class set": "Steuerklasse gesetzt",
    "lines": "Zeilen",
    "units": "Stück",
    "Journal of {where}: no records yet": "Journal von {where}: noch keine Einträge",
    "{terminal}: BROKEN at seq {seq} — {message}; verified up to seq {through}":
        "{terminal}: GEBROCHEN bei Nr. {seq} — {message}; geprüft bis Nr. {through}",
    "{terminal}: verified up to seq {through}; seq {first} to {last} intact but not provable "
    "here (their key is not on this machine)":
        "{terminal}: geprüft bis Nr. {through}; Nr. {first} bis {last} unverändert, hier aber "
        "nicht beweisbar (ihr Schlüssel ist nicht auf diesem Rechner)",
    "{terminal}: chain verified, seq 1 to {last}": "{terminal}: Kette geprüft, Nr. 1 bis {last}",
    "Journal of {where} — {chains}": "Journal von {where} — {chains}",
})
T.update({  # a commission drill-down's figure, record kinds and status
    "All commission": "Gesamte Provision",
    "Bonuses and tier adjustments": "Boni und Stufenanpassungen",
    "Return (clawback)": "Rückgabe (Rückbuchung)",
    "Tier adjustment": "Stufenanpassung",
    "Bonus": "Bonus",
    "OK": "OK",
    # ---- journal detail keys (ui/backoffice/journal.py detail_key_text) ----
    'receipt': 'Beleg',
    'total': 'Summe',
    'amount': 'Betrag',
    'payments': 'Zahlungen',
    'title': 'Titel',
    'quantity': 'Menge',
    'unit price': 'Stückpreis',
    'list price': 'Listenpreis',
    'value': 'Wert',
    'reason': 'Grund',
    'rounding': 'Rundung',
    'float': 'Wechselgeld',
    'variance': 'Differenz',
    'lines voided before': 'zuvor stornierte Zeilen',
    'reverses sale': 'storniert Verkauf',
    'line': 'Zeile',
    'cashier': 'Kassierer',
    'approved by': 'genehmigt von',
    'staff': 'Mitarbeiter',
    'role': 'Rolle',
    'name': 'Name',
    'Z number': 'Z-Nummer',
    'for {name}': 'für {name}',
})
T.update({  # a settings_change record in the journal
    'settings': 'Einstellungen',
    'changed': 'geändert',
})
