"""German (de) for the messages the domain and services raise (context "Errors").

The English templates are the `msg("...")` calls of pos_app (tools/error_templates.py
collects them); tools/fill_translations.py fills these into resources/i18n/pos_app_de.ts.
Keep every {placeholder} exactly: the values (amounts, quantities, names) are put in on
the screen, written as the store's locale writes them.
"""

ERRORS: dict[str, str] = {
    # ---- amounts typed by a person (domain/plain_amount.py) ----------------------------
    "Amount": "Betrag",
    "Price": "Preis",
    "Discount": "Rabatt",
    "{what} {text} {problem}": "{what} {text} {problem}",
    "is required": "ist erforderlich",
    "is too large": "ist zu groß",
    "must not be negative": "darf nicht negativ sein",
    "must be a number like 12.99": "muss eine Zahl wie 12.99 sein",
    "must be a number like 12.99, not NaN or Infinity":
        "muss eine Zahl wie 12.99 sein, nicht NaN oder Infinity",
    "must be written without a '+' sign, like {example}":
        "ist ohne '+'-Zeichen zu schreiben, etwa {example}",
    "needs a digit on each side of the decimal separator, like 0.50 or 12.00":
        "braucht eine Ziffer auf jeder Seite des Dezimaltrennzeichens, etwa 0.50 oder 12.00",
    "has more decimal places than {currency} allows ({n})":
        "hat mehr Nachkommastellen, als {currency} erlaubt ({n})",
    "contains a space; write one number without spaces or thousands separators, like 1234.50":
        "enthält ein Leerzeichen; eine Zahl ohne Leerzeichen oder Tausendertrennzeichen "
        "schreiben, etwa 1234.50",
    "contains {ch}, a digit of another script; write the digits 0-9":
        "enthält {ch}, eine Ziffer einer anderen Schrift; die Ziffern 0-9 verwenden",
    "contains '_'; write the digits without separators, like 1000":
        "enthält '_'; die Ziffern ohne Trennzeichen schreiben, etwa 1000",
    "is in scientific notation; write it as a plain number, like 100 or 0.5":
        "ist in wissenschaftlicher Schreibweise; als einfache Zahl schreiben, etwa 100 oder 0.5",
    "mixes ',' and '.'; write it without thousands separators, like 1234.50":
        "mischt ',' und '.'; ohne Tausendertrennzeichen schreiben, etwa 1234.50",
    "contains ','; write the decimal separator as '.' and no thousands separators, like "
    "1234.50":
        "enthält ','; das Dezimaltrennzeichen als '.' und ohne Tausendertrennzeichen "
        "schreiben, etwa 1234.50",
    "has more than one {separator}; write it without thousands separators, like 1234.50":
        "hat mehr als ein {separator}; ohne Tausendertrennzeichen schreiben, etwa 1234.50",
    "contains {ch}; write only digits and one decimal separator, like 12.99":
        "enthält {ch}; nur Ziffern und ein Dezimaltrennzeichen schreiben, etwa 12.99",
    # ---- PINs and approvals ------------------------------------------------------------
    "Wrong PIN or not allowed": "Falsche PIN oder nicht erlaubt",
    "Wrong PIN or not allowed. {then}": "Falsche PIN oder nicht erlaubt. {then}",
    "Too many wrong PINs; try again in {n} s": "Zu viele falsche PINs; erneut versuchen in {n} s",
    "Too many wrong PINs; try again in {n} min":
        "Zu viele falsche PINs; erneut versuchen in {n} Min.",
    "Locked after too many wrong PINs: a manager must unlock it":
        "Nach zu vielen falschen PINs gesperrt: die Leitung muss entsperren",
    "Manager approval needed: {what}": "Freigabe durch die Leitung nötig: {what}",
    "Manager approval needed: {action} of {amount} is above what a {role} may do alone (a "
    "{need} or above must approve)":
        "Freigabe durch die Leitung nötig: {action} von {amount} ist mehr, als {role} allein "
        "darf ({need} oder höher muss freigeben)",
    "Manager approval needed: {action} is above what a {role} may do alone (a {need} or "
    "above must approve)":
        "Freigabe durch die Leitung nötig: {action} ist mehr, als {role} allein darf ({need} "
        "oder höher muss freigeben)",
    "{role} cannot approve {action}; a {need} or above must approve":
        "{role} kann {action} nicht freigeben; {need} oder höher muss freigeben",
    "{error}: {why}": "{error}: {why}",
    "cashier": "Kasse",
    "supervisor": "Schichtleitung",
    "manager": "Filialleitung",
    "owner": "Inhaber",
    "Cashier": "Kasse",
    "Supervisor": "Schichtleitung",
    "Manager": "Filialleitung",
    "Owner": "Inhaber",
    "discount over limit": "Rabatt über dem Limit",
    "price override": "Preisänderung",
    "void": "Storno",
    "post void": "nachträgliches Storno",
    "return no receipt": "Rückgabe ohne Beleg",
    "open drawer": "Kassenlade öffnen",
    "count stock": "Bestand zählen",
    "resolve stock attention": "Bestandshinweise klären",
    "refund other tender": "Erstattung auf andere Zahlart",
    "line void": "Zeilenstorno",
    "cash out": "Barentnahme",
    "cash in": "Bareinlage",
    "import catalog": "Katalog importieren",
    "edit staff": "Personal bearbeiten",
    "edit plans": "Pläne bearbeiten",
    "price override on {sku} ({rule})": "Preisänderung bei {sku} ({rule})",
    "the discount on line {no} ({title}) is now {pct} % of the line":
        "der Rabatt auf Zeile {no} ({title}) beträgt jetzt {pct} % der Zeile",
    "the discount on the whole sale is now {pct} % of the sale":
        "der Rabatt auf den ganzen Verkauf beträgt jetzt {pct} % des Verkaufs",
    "refund to {tender} (the sale was paid by {paid}) ({rule})":
        "Erstattung auf {tender} (der Verkauf wurde mit {paid} bezahlt) ({rule})",
    # ---- the sale ----------------------------------------------------------------------
    "open": "offen",
    "held": "geparkt",
    "parked": "automatisch geparkt",
    "completed": "abgeschlossen",
    "voided": "storniert",
    "cash": "Bar",
    "card": "Karte",
    "store credit": "Guthaben",
    "gift card": "Geschenkkarte",
    "Quantity must be a whole number, got {q}": "Die Menge muss eine ganze Zahl sein, nicht {q}",
    "Quantity cannot be zero; remove the line instead":
        "Die Menge darf nicht null sein; stattdessen die Zeile entfernen",
    "Quantity cannot be negative ({q}); use a return":
        "Die Menge darf nicht negativ sein ({q}); eine Rückgabe verwenden",
    "Quantity {q} is more than the limit of {limit}": "Menge {q} liegt über dem Limit von {limit}",
    "Change the quantity of a return by removing and re-adding it":
        "Die Menge einer Rückgabe ändern: entfernen und neu hinzufügen",
    "A sold line cannot become a return line, or the reverse":
        "Eine verkaufte Zeile kann keine Rückgabezeile werden, und umgekehrt",
    "A returned line keeps the discount it was sold with":
        "Eine zurückgegebene Zeile behält den Rabatt, mit dem sie verkauft wurde",
    "A price cannot be negative": "Ein Preis darf nicht negativ sein",
    "The price of a returned line is the price it was sold at":
        "Der Preis einer zurückgegebenen Zeile ist der Verkaufspreis",
    "A line must be attributed to at least one staff member":
        "Eine Zeile muss mindestens einer Person zugeordnet sein",
    "A staff member appears twice in the split": "Eine Person steht zweimal in der Aufteilung",
    "Commission shares must be positive and add up to 100 %":
        "Provisionsanteile müssen positiv sein und 100 % ergeben",
    "Line {no} is not in this sale": "Zeile {no} gehört nicht zu diesem Verkauf",
    "Unknown tax class {code} on {sku}": "Unbekannte Steuerklasse {code} bei {sku}",
    "The sale is {status}; it cannot be changed":
        "Der Verkauf ist {status}; er kann nicht geändert werden",
    "The sale is {status}; use a post-void or a return":
        "Der Verkauf ist {status}; ein nachträgliches Storno oder eine Rückgabe verwenden",
    "Only a held sale can be resumed; this one is {status}":
        "Nur ein geparkter Verkauf kann fortgesetzt werden; dieser ist {status}",
    "Remove the tenders before you hold the sale":
        "Vor dem Parken des Verkaufs die Zahlungen entfernen",
    "There is nothing to hold": "Es gibt nichts zu parken",
    "Reverse the card payment on the card terminal and remove it first":
        "Zuerst die Kartenzahlung am Kartenterminal stornieren und entfernen",
    "An empty sale cannot be completed": "Ein leerer Verkauf kann nicht abgeschlossen werden",
    "Add something to the sale before taking payment":
        "Vor dem Kassieren etwas zum Verkauf hinzufügen",
    "A tender of zero does not pay anything": "Eine Zahlung von null bezahlt nichts",
    "That tender is already on the sale": "Diese Zahlung ist schon im Verkauf",
    "That tender is not on the sale": "Diese Zahlung ist nicht im Verkauf",
    "The sale is already paid in full": "Der Verkauf ist schon vollständig bezahlt",
    "This sale is a refund: tender a negative amount":
        "Dieser Verkauf ist eine Erstattung: einen negativen Betrag eingeben",
    "A tender must be positive": "Eine Zahlung muss positiv sein",
    "Only cash can be more than what is due": "Nur Bargeld darf den fälligen Betrag übersteigen",
    "Only cash can be more than what is due ({due})":
        "Nur Bargeld darf den fälligen Betrag übersteigen ({due})",
    "The refund is more than what is due": "Die Erstattung ist höher als der fällige Betrag",
    "The refund is more than what is due ({due})":
        "Die Erstattung ist höher als der fällige Betrag ({due})",
    "The cash refund is more than what is due":
        "Die Barerstattung ist höher als der fällige Betrag",
    "Not enough tendered: {amount} still to pay": "Zu wenig gezahlt: noch {amount} zu zahlen",
    "Not enough tendered: {amount} still to refund":
        "Zu wenig erstattet: noch {amount} zu erstatten",
    "The sale total changed: remove the tenders and take payment again":
        "Die Verkaufssumme hat sich geändert: Zahlungen entfernen und neu kassieren",
    "The sale now comes to nothing: remove the tenders first":
        "Der Verkauf ergibt jetzt null: zuerst die Zahlungen entfernen",
    "{error}: the sale total is now lower than the tenders; remove a tender first":
        "{error}: die Verkaufssumme ist jetzt niedriger als die Zahlungen; zuerst eine "
        "Zahlung entfernen",
    "expected version {expected}, but the sale is at version {actual}":
        "Version {expected} erwartet, aber der Verkauf ist bei Version {actual}",
    "Sale {sale} should have {n} lines stored, but {found} were found":
        "Verkauf {sale} sollte {n} gespeicherte Zeilen haben, gefunden wurden {found}",
    "The till's database is busy; try again in a moment":
        "Die Datenbank der Kasse ist beschäftigt; gleich noch einmal versuchen",
    # ---- returns -----------------------------------------------------------------------
    "the returned item": "den zurückgegebenen Artikel",
    "the reason {reason}": "den Grund {reason}",
    "no reason": "keinen Grund",
    "line {line} of receipt {receipt}": "Zeile {line} von Beleg {receipt}",
    "Give a reason for returning {what}: {choices} ({rule})":
        "Einen Grund für die Rückgabe angeben ({what}): {choices} ({rule})",
    "{reason} is not one of the store's return reasons: {choices} ({rule})":
        "{reason} ist kein Rückgabegrund des Geschäfts: {choices} ({rule})",
    "Return line {no} ({title}) has {has}; the store's reasons are {choices}: remove the line "
    "and return it again with one ({rule})":
        "Rückgabezeile {no} ({title}) hat {has}; die Gründe des Geschäfts sind {choices}: "
        "die Zeile entfernen und mit einem davon erneut zurückgeben ({rule})",
    "Only {left} of {quantity} on {what} can still be returned; other returns (completed, "
    "held or open at another window) already take the rest ({rule})":
        "Nur noch {left} von {quantity} aus {what} können zurückgegeben werden; andere "
        "Rückgaben (abgeschlossen, geparkt oder in einem anderen Fenster offen) belegen den "
        "Rest ({rule})",
    "Refunds for {what} would come to more than it cost ({refunded} of {paid}); remove the "
    "return line and add it again ({rule})":
        "Erstattungen für {what} wären höher als der Preis ({refunded} von {paid}); die "
        "Rückgabezeile entfernen und neu hinzufügen ({rule})",
    "The return of line {line} of receipt {receipt} names units that are not on it ({units} "
    "of {quantity}); look the receipt up again ({rule})":
        "Die Rückgabe von Zeile {line} des Belegs {receipt} nennt Einheiten, die nicht darauf "
        "stehen ({units} von {quantity}); den Beleg erneut suchen ({rule})",
    "Receipt {receipt} changed since it was looked up: units {units} of line {line} are "
    "returned or being returned now; look the receipt up again ({rule})":
        "Beleg {receipt} hat sich seit der Suche geändert: Einheiten {units} von Zeile {line} "
        "sind zurückgegeben oder werden es gerade; den Beleg erneut suchen ({rule})",
    "Return line {no} does not say which units of {title} it refunds; remove it and add it "
    "again ({rule})":
        "Rückgabezeile {no} sagt nicht, welche Einheiten von {title} sie erstattet; entfernen "
        "und neu hinzufügen ({rule})",
    # ---- the counter, returns, receipts, shifts and counts -----------------------------
    "Sign in first": "Zuerst anmelden",
    "Open a shift before selling (F10)": "Vor dem Verkaufen eine Schicht öffnen (F10)",
    "Hold or finish the current sale before resuming another":
        "Den laufenden Verkauf parken oder abschließen, bevor ein anderer fortgesetzt wird",
    "Finding a sale by date or amount is not available here; type the receipt number":
        "Die Suche nach Datum oder Betrag ist hier nicht verfügbar; die Belegnummer eingeben",
    "Give a date and time range or an amount to find a sale":
        "Einen Datums- und Zeitraum oder einen Betrag angeben, um einen Verkauf zu finden",
    "The end of the range is before its start": "Das Ende des Zeitraums liegt vor seinem Beginn",
    "Return 1 to {limit} units": "1 bis {limit} Einheiten zurückgeben",
    "Shifts are not available on this terminal": "Schichten sind an dieser Kasse nicht verfügbar",
    "Receipts are not available on this terminal": "Belege sind an dieser Kasse nicht verfügbar",
    "No receipt has been printed on this terminal since start-up":
        "Seit dem Start wurde an dieser Kasse kein Beleg gedruckt",
    "Unknown receipt choice {choice}": "Unbekannte Belegwahl {choice}",
    "No cash drawer is connected": "Keine Kassenlade angeschlossen",
    "Shopify is not set up on this terminal": "Shopify ist an dieser Kasse nicht eingerichtet",
    "Shopify is not set up on this terminal, so there is no stock to count against":
        "Shopify ist an dieser Kasse nicht eingerichtet, daher gibt es keinen Bestand zum "
        "Abgleichen",
    "A count cannot be negative: count what is on the shelf (0 if it is empty)":
        "Eine Zählung darf nicht negativ sein: zählen, was im Regal steht (0, wenn es leer ist)",
    "{counted} is more than {limit}: was a barcode scanned into the count?":
        "{counted} ist mehr als {limit}: wurde ein Barcode in die Zählung gescannt?",
    "{title} ({sku}) is not stock-tracked in Shopify; there is nothing to count":
        "{title} ({sku}) wird in Shopify nicht im Bestand geführt; es gibt nichts zu zählen",
    "That item was already resolved": "Dieser Hinweis wurde schon geklärt",
    "Not a receipt number: {typed}": "Keine Belegnummer: {typed}",
    "Receipt {receipt} has no line {line}": "Beleg {receipt} hat keine Zeile {line}",
    "Receipt {receipt} is not a completed sale": "Beleg {receipt} ist kein abgeschlossener Verkauf",
    "Receipt {receipt} is from another till and this terminal is not connected to a central "
    "database; use a return without a receipt (manager)":
        "Beleg {receipt} stammt von einer anderen Kasse und diese Kasse ist mit keiner "
        "zentralen Datenbank verbunden; eine Rückgabe ohne Beleg verwenden (Filialleitung)",
    "Receipt {receipt} is from another till and the central database can't be reached; use a "
    "return without a receipt (manager)":
        "Beleg {receipt} stammt von einer anderen Kasse und die zentrale Datenbank ist nicht "
        "erreichbar; eine Rückgabe ohne Beleg verwenden (Filialleitung)",
    "Receipt {receipt} was not found at any till of this store":
        "Beleg {receipt} wurde an keiner Kasse dieses Geschäfts gefunden",
    "Receipt {receipt} reached the central database without its lines; use a return without a "
    "receipt (manager)":
        "Beleg {receipt} kam ohne seine Zeilen in der zentralen Datenbank an; eine Rückgabe "
        "ohne Beleg verwenden (Filialleitung)",
    "Receipt {receipt} was not found": "Beleg {receipt} wurde nicht gefunden",
    "{receipt} of terminal {terminal}": "{receipt} der Kasse {terminal}",
    "{code} is not a receipt barcode": "{code} ist kein Beleg-Barcode",
    "Only a completed sale can be post-voided":
        "Nur ein abgeschlossener Verkauf kann nachträglich storniert werden",
    "A post-void cannot itself be post-voided":
        "Ein nachträgliches Storno kann nicht selbst storniert werden",
    "This sale was already post-voided": "Dieser Verkauf wurde schon nachträglich storniert",
    "Part of this sale was returned; return the rest instead":
        "Ein Teil dieses Verkaufs wurde zurückgegeben; stattdessen den Rest zurückgeben",
    "No sale {sale}": "Kein Verkauf {sale}",
    "That command id belongs to another sale": "Diese Befehls-ID gehört zu einem anderen Verkauf",
    "That line is already being returned in this sale":
        "Diese Zeile wird in diesem Verkauf schon zurückgegeben",
    "A return reason is at most {n} characters": "Ein Rückgabegrund hat höchstens {n} Zeichen",
    "{title} is priced in {currency} but this sale is in {sale}; the store's currency and its "
    "catalog disagree":
        "{title} hat einen Preis in {currency}, aber dieser Verkauf ist in {sale}; Währung und "
        "Katalog des Geschäfts passen nicht zusammen",
    "Return at least one unit": "Mindestens eine Einheit zurückgeben",
    "A returned line cannot be returned again":
        "Eine zurückgegebene Zeile kann nicht erneut zurückgegeben werden",
    "Only {left} of {sold} × {title} can still be returned":
        "Nur noch {left} von {sold} × {title} können zurückgegeben werden",
    "{title} on receipt {receipt} was already returned":
        "{title} auf Beleg {receipt} wurde schon zurückgegeben",
    "Not a set of units of {title}: {spans}": "Keine Menge von Einheiten von {title}: {spans}",
    "A discount cannot be negative": "Ein Rabatt darf nicht negativ sein",
    "A discount cannot be more than 100 % (got {pct} %)":
        "Ein Rabatt darf nicht mehr als 100 % sein (angegeben: {pct} %)",
    "A discount of {value} is more than the amount it applies to ({base})":
        "Ein Rabatt von {value} ist mehr als der Betrag, auf den er sich bezieht ({base})",
    "Unknown tax class {code}": "Unbekannte Steuerklasse {code}",
    "Nothing was scanned": "Nichts gescannt",
    "Code is too long ({n} characters): {start}…": "Code ist zu lang ({n} Zeichen): {start}…",
    "Code contains control characters: {code}": "Code enthält Steuerzeichen: {code}",
    "Invalid {kind} barcode {code}: check digit is {digit}, expected {expected}":
        "Ungültiger {kind}-Barcode {code}: Prüfziffer ist {digit}, erwartet {expected}",
    "This field": "Dieses Feld",
    "{what} looks like it holds a full card number. Never type a card number; remove it and try "
    "again.":
        "{what} scheint eine vollständige Kartennummer zu enthalten. Nie eine Kartennummer "
        "eingeben; entfernen und erneut versuchen.",
    "That looks like a full card number. Never type a card number: enter the approval code from "
    "the card terminal or the last four digits (e.g. *1234).":
        "Das sieht nach einer vollständigen Kartennummer aus. Nie eine Kartennummer eingeben: "
        "den Genehmigungscode vom Kartenterminal oder die letzten vier Ziffern eingeben "
        "(z. B. *1234).",
    "an approval code (4 to 12 letters or digits, e.g. ABC123) or the card's last four digits "
    "(e.g. *1234)":
        "ein Genehmigungscode (4 bis 12 Buchstaben oder Ziffern, z. B. ABC123) oder die letzten "
        "vier Ziffern der Karte (z. B. *1234)",
    "A {kind} tender needs its reference: {forms}": "Eine Zahlung per {kind} braucht ihre Referenz: {forms}",
    "A tender reference must be {forms}; {n} characters were typed":
        "Eine Zahlungsreferenz muss {forms} sein; {n} Zeichen wurden eingegeben",
    # ---- shifts, cash in and out, counts -----------------------------------------------
    "Cash": "Bar",
    "Card": "Karte",
    "Store credit": "Guthaben",
    "Gift card": "Geschenkkarte",
    "paid in": "eingelegt",
    "paid out": "entnommen",
    "A staff member must be given": "Eine Person muss angegeben werden",
    "The opening float cannot be negative": "Das Anfangswechselgeld darf nicht negativ sein",
    "The opening float cannot be negative (got {amount})":
        "Das Anfangswechselgeld darf nicht negativ sein (angegeben: {amount})",
    "An opening float of {amount} is not plausible":
        "Ein Anfangswechselgeld von {amount} ist nicht plausibel",
    "A paid-in or paid-out amount must be more than zero":
        "Eine Einlage oder Entnahme muss größer als null sein",
    "A paid-in or paid-out needs a reason": "Eine Einlage oder Entnahme braucht einen Grund",
    "The shift opened at {at} is already closed":
        "Die um {at} geöffnete Schicht ist schon geschlossen",
    "The shift is closed; cash can no longer be paid in or out":
        "Die Schicht ist geschlossen; Bargeld kann nicht mehr eingelegt oder entnommen werden",
    "The amount {word} must be more than zero (got {amount})":
        "Der Betrag ({word}) muss größer als null sein (angegeben: {amount})",
    "{amount} {word} is not plausible": "{amount} {word} ist nicht plausibel",
    "Say why cash is {word}: a reason is required":
        "Angeben, warum Bargeld {word} wird: ein Grund ist erforderlich",
    "The reason is too long (at most {n} characters)": "Der Grund ist zu lang (höchstens {n} Zeichen)",
    "Cannot pay out {amount}: the drawer should only hold {held}":
        "{amount} kann nicht entnommen werden: in der Lade sollten nur {held} sein",
    "A Z report is only made for a closed shift":
        "Ein Z-Bericht wird nur für eine geschlossene Schicht erstellt",
    "Cannot count {key}: the tenders are {names}":
        "{key} kann nicht gezählt werden: die Zahlarten sind {names}",
    "{tender} was counted twice": "{tender} wurde zweimal gezählt",
    "Counted cash cannot be negative": "Gezähltes Bargeld darf nicht negativ sein",
    "The count of {tender} is not plausible": "Die Zählung von {tender} ist nicht plausibel",
    "Count every tender taken before closing; missing: {names}":
        "Vor dem Schließen jede angenommene Zahlart zählen; es fehlt: {names}",
    "No shift is open on terminal {terminal}; open one first":
        "An Kasse {terminal} ist keine Schicht offen; zuerst eine öffnen",
    "There is no Z report number {z} on terminal {terminal}":
        "An Kasse {terminal} gibt es keinen Z-Bericht Nummer {z}",
    "A shift is already open on terminal {terminal} (opened by {by} at {at}); close it with a Z "
    "report before opening another":
        "An Kasse {terminal} ist schon eine Schicht offen (geöffnet von {by} um {at}); sie mit "
        "einem Z-Bericht schließen, bevor eine neue geöffnet wird",
    "{staff} is not an active staff member of this store":
        "{staff} ist keine aktive Person dieses Geschäfts",
    "The open shift is in {currency} but the store is now set to {store}; set the store currency "
    "back to {currency} to close it (its float was {float})":
        "Die offene Schicht ist in {currency}, das Geschäft steht jetzt auf {store}; die "
        "Währung wieder auf {currency} stellen, um sie zu schließen (ihr Wechselgeld war {float})",
    # ---- staff, sign-in and the back office --------------------------------------------
    "Choose your name first, then type your PIN": "Zuerst den Namen wählen, dann die PIN eingeben",
    "A PIN is {low} to {high} digits": "Eine PIN hat {low} bis {high} Ziffern",
    "PIN must be {low} to {high} digits": "Die PIN muss {low} bis {high} Ziffern haben",
    "Unknown role {text} (one of {choices})": "Unbekannte Rolle {text} (eine von {choices})",
    "No staff member with id {staff}": "Keine Person mit der ID {staff}",
    "No staff member is called {name}": "Keine Person heißt {name}",
    "No active staff member is called {name}; names are listed on the sign-in screen":
        "Keine aktive Person heißt {name}; die Namen stehen auf dem Anmeldebildschirm",
    "{n} active staff members are called {name}: name one by id ({ids})":
        "{n} aktive Personen heißen {name}: eine per ID angeben ({ids})",
    "This store already has staff; a manager adds people with `pos-app staff add`":
        "Dieses Geschäft hat schon Personal; die Filialleitung fügt Personen mit `pos-app staff "
        "add` hinzu",
    "{name} is deactivated: reactivate them with a new PIN":
        "{name} ist deaktiviert: mit einer neuen PIN reaktivieren",
    "{name} is deactivated: reactivate them first": "{name} ist deaktiviert: zuerst reaktivieren",
    "There is already an active staff member named {name}":
        "Es gibt schon eine aktive Person namens {name}",
    "Cannot take the manager's role from {name}: they are the store's last manager. Add another "
    "manager first":
        "{name} kann die Leitungsrolle nicht entzogen werden: die letzte Filialleitung des "
        "Geschäfts. Zuerst eine weitere Filialleitung hinzufügen",
    "Cannot deactivate {name}: they are the store's last manager. Add another manager first":
        "{name} kann nicht deaktiviert werden: die letzte Filialleitung des Geschäfts. Zuerst "
        "eine weitere Filialleitung hinzufügen",
    "A {by} cannot give or change the role {role}":
        "{by} kann die Rolle {role} nicht vergeben oder ändern",
    "Staff name is required": "Der Name ist erforderlich",
    "Staff name is longer than {n} characters": "Der Name ist länger als {n} Zeichen",
    "Staff name contains control characters": "Der Name enthält Steuerzeichen",
    "Nobody is signed in; only a {need} can": "Niemand ist angemeldet; nur {need} darf das",
    "A {role} cannot {what}; only a {need} can": "{role} darf nicht {what}; nur {need} darf das",
    "{one} or {other}": "{one} oder {other}",
    "open the back office": "die Verwaltung öffnen",
    "change commission plans": "Provisionspläne ändern",
    "Nobody is signed in; a manager or owner can":
        "Niemand ist angemeldet; die Filialleitung oder der Inhaber darf das",
    "A {role} cannot read the journal; a manager or owner can":
        "{role} darf das Journal nicht lesen; die Filialleitung oder der Inhaber darf das",
    "Switching a feature flag for the store needs a manager or the owner":
        "Eine Funktion des Geschäfts umschalten darf nur die Filialleitung oder der Inhaber",
    "A report period must end after it starts": "Ein Berichtszeitraum muss nach seinem Beginn enden",
    "A custom period needs its first and last day":
        "Ein eigener Zeitraum braucht seinen ersten und letzten Tag",
    "The last day of the period is before its first day":
        "Der letzte Tag des Zeitraums liegt vor dem ersten",
    "Commission plans are saved in the central database, and none is configured":
        "Provisionspläne werden in der zentralen Datenbank gespeichert, und keine ist "
        "eingerichtet",
    # ---- commission plans --------------------------------------------------------------
    "A plan needs an id and a name": "Ein Plan braucht eine ID und einen Namen",
    "Plan {name}: {error}": "Plan {name}: {error}",
    "Plan {name}: it must end after it starts": "Plan {name}: er muss nach seinem Beginn enden",
    "Plan {name}: it pays nothing (no rate, spiff, tier or bonus)":
        "Plan {name}: er zahlt nichts (kein Satz, keine Prämie, keine Stufe, kein Bonus)",
    "Plan {name}, rule {i}": "Plan {name}, Regel {i}",
    "Plan {name}, spiff {i}: the amount must be >= 0":
        "Plan {name}, Prämie {i}: der Betrag muss >= 0 sein",
    "Plan {name}, spiff {i}: say which items it pays on":
        "Plan {name}, Prämie {i}: angeben, für welche Artikel sie zahlt",
    "Plan {name}, bonus {i}: the threshold must be > 0 and the amount >= 0":
        "Plan {name}, Bonus {i}: die Schwelle muss > 0 und der Betrag >= 0 sein",
    "{where}: the rate must be a whole number >= 0": "{where}: der Satz muss eine ganze Zahl >= 0 sein",
    "{where}: a rate over 100 % ({bp} bp) is not allowed":
        "{where}: ein Satz über 100 % ({bp} bp) ist nicht erlaubt",
    "tier from {threshold}": "Stufe ab {threshold}",
    "A tier schedule needs at least one tier": "Eine Stufenstaffel braucht mindestens eine Stufe",
    "The first tier must start at 0": "Die erste Stufe muss bei 0 beginnen",
    "Tier thresholds must increase strictly": "Die Stufenschwellen müssen streng steigen",
    "No commission plan covers {staff} on {day}": "Kein Provisionsplan gilt für {staff} am {day}",
    "No valid commission plan for {staff} on {day}; unreadable plans: {reasons}":
        "Kein gültiger Provisionsplan für {staff} am {day}; unlesbare Pläne: {reasons}",
    "A clawback needs a positive returned quantity of a sold line":
        "Eine Rückbuchung braucht eine positive zurückgegebene Menge einer verkauften Zeile",
    "Returning {returning} after {before} of {sold} units is more than was sold":
        "{returning} nach {before} von {sold} Einheiten zurückzugeben ist mehr als verkauft",
    # ---- catalog and stock -------------------------------------------------------------
    "No product with barcode {code}": "Kein Produkt mit dem Barcode {code}",
    "No product with SKU or code {code}": "Kein Produkt mit der SKU oder dem Code {code}",
    "No product variant with id {variant}": "Keine Produktvariante mit der ID {variant}",
    "No Shopify stock level is known for {sku} at this location yet":
        "Für {sku} ist an diesem Standort noch kein Shopify-Bestand bekannt",
    "Shopify keeps failing; sync paused for {n} s":
        "Shopify schlägt weiter fehl; Synchronisierung für {n} s pausiert",
    # ---- the till's own disk and database ----------------------------------------------
    "The sales database is damaged ({detail}). {advice}":
        "Die Verkaufsdatenbank ist beschädigt ({detail}). {advice}",
    "Nothing more is written into it. Read what is still there with `pos-app status` and copy "
    "it with `pos-app backup --to DIR`; then put the last good backup back with `pos-app "
    "restore FILE` (the damaged file is kept aside).":
        "Es wird nichts mehr hineingeschrieben. Was noch da ist, mit `pos-app status` lesen und "
        "mit `pos-app backup --to DIR` kopieren; dann die letzte gute Sicherung mit `pos-app "
        "restore FILE` zurückspielen (die beschädigte Datei wird beiseitegelegt).",
    "The disk holding the sales database is full ({detail})":
        "Der Datenträger der Verkaufsdatenbank ist voll ({detail})",
    "The sales database cannot be written: {detail}":
        "In die Verkaufsdatenbank kann nicht geschrieben werden: {detail}",
    "The disk is full: {detail}": "Der Datenträger ist voll: {detail}",
    "The data directory cannot be used: {detail}":
        "Das Datenverzeichnis kann nicht benutzt werden: {detail}",
    # ---- the back office's plan editor (services/commission_plans.parse_draft) ----------
    "Row {n}: {problem}": "Zeile {n}: {problem}",
    "Give the plan a name": "Dem Plan einen Namen geben",
    "The plan needs an id": "Der Plan braucht eine ID",
    "The plan must end after it starts": "Der Plan muss nach seinem Beginn enden",
    "The period is a month or a week": "Der Zeitraum ist ein Monat oder eine Woche",
    "No staff member called “{name}”": "Keine Person namens „{name}“",
    "“{text}” is not a role ({roles})": "„{text}“ ist keine Rolle ({roles})",
    "“{code}” is not a currency code such as USD": "„{code}“ ist kein Währungscode wie USD",
    "Enter the rate": "Den Satz eingeben",
    "Rate: {error}": "Satz: {error}",
    "Say which items the spiff pays on (SKU, collection or type)":
        "Angeben, für welche Artikel die Prämie zahlt (SKU, Kollektion oder Typ)",
    "Amount per unit: {error}": "Betrag pro Einheit: {error}",
    "Add at least one tier, starting at 0": "Mindestens eine Stufe hinzufügen, ab 0",
    "From: {error}": "Ab: {error}",
    "Each tier must start above the one before": "Jede Stufe muss über der vorigen beginnen",
    "Threshold: {error}": "Schwelle: {error}",
    "Amount: {error}": "Betrag: {error}",
    "The plan pays nothing yet: add a rate, a spiff, tiers or a bonus":
        "Der Plan zahlt noch nichts: einen Satz, eine Prämie, Stufen oder einen Bonus hinzufügen",
    "“{text}” is not an amount": "„{text}“ ist kein Betrag",
    "“{text}” is not a percentage": "„{text}“ ist kein Prozentsatz",
    "“{text}” is not a whole number of units": "„{text}“ ist keine ganze Anzahl von Einheiten",
    "use at most {n} decimal(s) for {currency}": "höchstens {n} Nachkommastelle(n) für {currency}",
    "use at most two decimals for a percentage": "höchstens zwei Nachkommastellen für einen Prozentsatz",
    "over 100 % is not allowed": "über 100 % ist nicht erlaubt",
    "must be more than 0": "muss größer als 0 sein",
    # ---- what the set-up steps did (app/setup_steps.py), said in the wizard ----
    "Prices include tax; tax rounded {rounding}; cash rounding {cash}":
        "Preise enthalten Steuer; Steuer gerundet {rounding}; Bargeldrundung {cash}",
    "Prices exclude tax; tax rounded {rounding}; cash rounding {cash}":
        "Preise ohne Steuer; Steuer gerundet {rounding}; Bargeldrundung {cash}",
    "Tax class {code} ({name}): {rates}":
        "Steuerklasse {code} ({name}): {rates}",
    "Printer {printer}: test page sent ({when})":
        "Drucker {printer}: Testseite gesendet ({when})",
    "Config: [printer] device = {device} written to {path}":
        "Konfiguration: [printer] device = {device} geschrieben in {path}",
    # ---- the set-up wizard's Shopify and central steps (app/setup_steps.py, the
    # reconcile and central commands, services' summaries) ------------------------------
    'Shop             {name} ({domain}), sells in {currency}; API {version}':
        'Shop: {name} ({domain}), verkauft in {currency}; API {version}',
    'Location         {name} ({id})':
        'Standort: {name} ({id})',
    'Token            from POS_APP_SHOPIFY_TOKEN (kept there, not stored)':
        'Token: aus POS_APP_SHOPIFY_TOKEN (bleibt dort, wird nicht gespeichert)',
    'Token            stored in the keyring (service {service}, user {user})':
        'Token: im Schlüsselbund gespeichert (Dienst {service}, Benutzer {user})',
    'Config           [shopify] written to {path}':
        'Konfiguration: [shopify] geschrieben in {path}',
    'per total':
        'auf die Summe',
    'per line':
        'pro Zeile',
    '{name} {percent}%':
        '{name} {percent} %',
    '{percent}%':
        '{percent} %',
    'Catalog          not pulled (cancelled): the next reconcile pulls it':
        'Katalog: nicht abgerufen (abgebrochen): der nächste Abgleich ruft ihn ab',
    'Catalog          cancelled at {done} products: the next reconcile pulls the rest':
        'Katalog: abgebrochen bei {done} Produkten: der nächste Abgleich ruft den Rest ab',
    'Catalog          cancelled at {done} of {total} products: the next reconcile pulls the rest':
        'Katalog: abgebrochen bei {done} von {total} Produkten: der nächste Abgleich ruft den Rest ab',
    'Outcome          {outcome}: {message}':
        'Ergebnis: {outcome}: {message}',
    'Outcome          {outcome}':
        'Ergebnis: {outcome}',
    'Catalog          {read} variants read, {new} new, {changed} changed, {no_sku} without SKU, {collections} collections read':
        'Katalog: {read} Varianten gelesen, {new} neu, {changed} geändert, {no_sku} ohne SKU, {collections} Kollektionen gelesen',
    'Levels           {updated} updated ({reads} bulk reads)':
        'Bestände: {updated} aktualisiert ({reads} Massenabfragen)',
    'Pushed           {events} events in {mutations} mutations, {rejected} set aside, {retries} retries':
        'Gesendet: {events} Ereignisse in {mutations} Mutationen, {rejected} zurückgestellt, {retries} Wiederholungen',
    'Counts           {applied} applied, {variances} as variances, {stale} stale':
        'Zählungen: {applied} übernommen, {variances} als Abweichungen, {stale} veraltet',
    'Oversold         {skus}':
        'Überverkauft: {skus}',
    'Oversold         none':
        'Überverkauft: keine',
    'Shopify API      {requests} requests, {points} cost points, {throttled} throttled ({seconds} s waited)':
        'Shopify-API: {requests} Anfragen, {points} Kostenpunkte, {throttled} gedrosselt ({seconds} s gewartet)',
    'Attention        {count} item(s) need a person: pos-app reconcile --status':
        'Achtung: {count} Eintrag/Einträge brauchen einen Menschen: pos-app reconcile --status',
    'Central sync backing off until {until}':
        'Zentrale Synchronisierung wartet bis {until}',
    '{topic} {count}':
        '{topic} {count}',
    'Pushed           {pushed} record(s) in {batches} batch(es) ({topics}) in {seconds} s':
        'Gesendet: {pushed} Datensatz/Datensätze in {batches} Stapel(n) ({topics}) in {seconds} s',
    'Pushed           {pushed} record(s) in {batches} batch(es) in {seconds} s':
        'Gesendet: {pushed} Datensatz/Datensätze in {batches} Stapel(n) in {seconds} s',
    'Rejected         {rejected} this round; {total} need attention':
        'Abgelehnt: {rejected} in dieser Runde; {total} brauchen Aufmerksamkeit',
    'Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s), {flags} flag override(s)':
        'Abgerufen: {plans} Plan/Pläne, {staff} Mitarbeitende, {settings} Einstellung(en) geändert, {tills} Periodensumme(n) anderer Kassen, {flags} Funktionsschalter',
    'Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s)':
        'Abgerufen: {plans} Plan/Pläne, {staff} Mitarbeitende, {settings} Einstellung(en) geändert, {tills} Periodensumme(n) anderer Kassen',
    'Still pending    {count}':
        'Noch ausstehend: {count}',
    'Journal          {count} record(s) pushed; STOPPED: {error}':
        'Journal: {count} Datensatz/Datensätze gesendet; GESTOPPT: {error}',
    'Journal          {count} record(s) pushed':
        'Journal: {count} Datensatz/Datensätze gesendet',
    'PAUSED           {error}':
        'PAUSIERT: {error}',
    '                 nothing was rejected: every row stays queued and goes once the configuration or the role is fixed':
        'nichts wurde abgelehnt: jede Zeile bleibt in der Warteschlange und geht, sobald die Konfiguration oder die Rolle behoben ist',
    'Stopped          {error}':
        'Gestoppt: {error}',
    "Settlement       by the store's settlement role, not this terminal's (pos-app commission-settle --central-url ...)":
        'Abrechnung: durch die Abrechnungsrolle des Geschäfts, nicht die dieses Terminals (pos-app commission-settle --central-url ...)',
    'Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked, current and previous month included)':
        'Abgerechnet: {count} Stufen-/Bonusdatensatz/-sätze für Geschäft {store} geschrieben ({periods} Periode(n) geprüft, aktueller und vorheriger Monat eingeschlossen)',
    'Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked)':
        'Abgerechnet: {count} Stufen-/Bonusdatensatz/-sätze für Geschäft {store} geschrieben ({periods} Periode(n) geprüft)',
    'created':
        'angelegt',
    'upgraded':
        'aktualisiert',
    'already current':
        'bereits aktuell',
    'empty':
        'leer',
    'Central schema   {what} ({before} -> {after})':
        'Zentrales Schema: {what} ({before} -> {after})',
    'Next: on each terminal, `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`':
        'Als Nächstes: auf jedem Terminal `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`',
    'Terminal role    {role} for store {store}, terminal {terminal}':
        'Kassenrolle: {role} für Geschäft {store}, Kasse {terminal}',
    'Password         in the keyring (service {service}, user {user})':
        'Passwort: im Schlüsselbund (Dienst {service}, Benutzer {user})',
    'Config           [central] written to {path}':
        'Konfiguration: [central] geschrieben in {path}',
    # ---- the set-up wizard's own refusals (app/setup_steps.py) --------------------------
    "The store id is required": "Die Filial-ID fehlt",
    "The store name is required": "Der Filialname fehlt",
    "The terminal id is required": "Die Kassen-ID fehlt",
    "Cash rounding must be 1 (none) or more minor units, e.g. 5":
        "Die Bargeldrundung muss 1 (keine) oder mehr kleinste Einheiten sein, z. B. 5",
    "The owner's name is required": "Der Name des Inhabers fehlt",
    "The two PINs differ: type the same PIN twice":
        "Die beiden PINs sind verschieden: zweimal dieselbe PIN eingeben",
    "The central database's URL (postgresql+psycopg://ROLE@HOST/DB) and the store id are both required; or skip this step to keep the embedded database":
        "Die URL der zentralen Datenbank (postgresql+psycopg://ROLE@HOST/DB) und die Filial-ID sind beide nötig; oder diesen Schritt überspringen und bei der eingebauten Datenbank bleiben",
    "Choose or type the printer's form (e.g. usb:04b8:0202, network:192.0.2.10:9100)":
        "Den Drucker wählen oder seine Form eingeben (z. B. usb:04b8:0202, network:192.0.2.10:9100)",
    # ---- the journal's sources and where its chain is (app/journal_commands.py)
    "this terminal": "diese Kasse",
    "This terminal ({terminal})": "Diese Kasse ({terminal})",
    "Central database (store {store})": "Zentrale Datenbank (Filiale {store})",
    "terminal {terminal}": "Kasse {terminal}",
    "central database, store {store}": "zentrale Datenbank, Filiale {store}",
    # ---- where a journal's chain is broken (domain/journal.py verify_chain)
    "record of terminal {terminal} in this chain":
        "Eintrag der Kasse {terminal} in dieser Kette",
    "two records are numbered {seq}":
        "zwei Einträge tragen die Nr. {seq}",
    "seq {first} missing (deleted): the record after seq {prev} is seq {next}":
        "Nr. {first} fehlt (gelöscht): der Eintrag nach Nr. {prev} ist Nr. {next}",
    "seq {first} to {last} missing (deleted): the record after seq {prev} is seq {next}":
        "Nr. {first} bis {last} fehlen (gelöscht): der Eintrag nach Nr. {prev} ist Nr. {next}",
    "it was written after the record now numbered {seq}: records were reordered":
        "er wurde nach dem Eintrag geschrieben, der jetzt Nr. {seq} trägt: Einträge wurden umsortiert",
    "it was written right after seq {seq}: seq {first} to {last} were put in between":
        "er wurde direkt nach Nr. {seq} geschrieben: Nr. {first} bis {last} wurden dazwischengeschoben",
    "the next record was written right after seq {seq}: this one was inserted":
        "der nächste Eintrag wurde direkt nach Nr. {seq} geschrieben: dieser wurde eingefügt",
    "the record it was written after is no longer in the journal (deleted, and the rest renumbered)":
        "der Eintrag, nach dem er geschrieben wurde, ist nicht mehr im Journal (gelöscht und der Rest neu nummeriert)",
    "its MAC does not verify and the next record was written right after the one before it: it was inserted":
        "sein MAC stimmt nicht, und der nächste Eintrag wurde direkt nach dem vorigen geschrieben: er wurde eingefügt",
    "its MAC does not verify: the record was altered":
        "sein MAC stimmt nicht: der Eintrag wurde verändert",
    "its MAC does not verify: the record was altered, or added by someone without the key":
        "sein MAC stimmt nicht: der Eintrag wurde verändert oder von jemandem ohne den Schlüssel hinzugefügt",
    "records through seq {through} are known to have been written; the journal ends at seq {last}":
        "Einträge bis Nr. {through} wurden nachweislich geschrieben; das Journal endet bei Nr. {last}",
    "recorded at first start": 'bei der ersten Inbetriebnahme festgehalten',
    # ---- the set-up wizard's central step and the first sync (app/central_*.py) ------
    'Started store {store} ({name}), terminal {terminal}':
        'Geschäft {store} ({name}) begonnen, Kasse {terminal}',
    'Receipts start at #1.':
        'Belege beginnen bei Nr. 1.',
    "the central database at {url} cannot be reached or refused the login: {error}. Check the host, the database and the owner's password ({env})":
        'Die zentrale Datenbank unter {url} ist nicht erreichbar oder hat die Anmeldung abgelehnt: {error}. Prüfen Sie den Server, die Datenbank und das Passwort des Eigentümers ({env})',
    "{error}. Set {env} to the role's password on this terminal (it was not shown and is not kept anywhere else; run this again with --password-stdin to choose one)":
        '{error}. Setzen Sie {env} auf diesem Terminal auf das Passwort der Rolle (es wurde nicht angezeigt und wird nirgends sonst aufbewahrt; führen Sie dies mit --password-stdin erneut aus, um eines zu wählen)',
    'commission settlement stopped: {error}':
        'Die Provisionsabrechnung wurde gestoppt: {error}',
    'commission settlement refused: {error}':
        'Die Provisionsabrechnung wurde abgelehnt: {error}',
    'central sync paused: {error}':
        'Die zentrale Synchronisierung ist pausiert: {error}',
    'central sync stopped: {error}':
        'Die zentrale Synchronisierung wurde gestoppt: {error}',
    'central init failed':
        'Die zentrale Datenbank konnte nicht eingerichtet werden',
    'central connect failed':
        'Diese Kasse konnte nicht mit der zentralen Datenbank verbunden werden',
    'Central schema   {what}':
        'Zentrales Schema: {what}',
    "Password         kept in this computer's keyring":
        'Passwort: im Schlüsselbund dieses Computers gespeichert',
    "Settlement       by the store's settlement role":
        'Abrechnung: durch die Abrechnungsrolle des Geschäfts',
    '  {staff} tier adjustment {period} plan {plan}: {amount} (version {version}) [{reason}]':
        '  {staff} Stufenanpassung {period} Plan {plan}: {amount} (Version {version}) [{reason}]',
    '  {staff} bonus           {period} plan {plan}: {amount} (version {version}) [{reason}]':
        '  {staff} Bonus {period} Plan {plan}: {amount} (Version {version}) [{reason}]',
    '  {staff} tier adjustment {period} plan {plan}: {amount} (version {version})':
        '  {staff} Stufenanpassung {period} Plan {plan}: {amount} (Version {version})',
    '  {staff} bonus           {period} plan {plan}: {amount} (version {version})':
        '  {staff} Bonus {period} Plan {plan}: {amount} (Version {version})',
    'ok':
        'in Ordnung',
    'offline':
        'offline',
    'paused':
        'pausiert',
    'auth_failed':
        'Anmeldung abgelehnt',
    'busy':
        'beschäftigt',
    'error':
        'Fehler',
    'staff':
        'Personal',
    'commission records':
        'Provisionsdatensätze',
    'shifts':
        'Schichten',
    'alerts':
        'Hinweise',
    # ---- the stock needs-attention list (services/inventory_messages.py) -----------
    "this store's Shopify location":
        'den Shopify-Standort dieses Geschäfts',
    'This item is not stocked at {location} in Shopify: stock it there in Shopify admin, then send the set-aside changes again (Send again in this list, or pos-app reconcile --retry-rejected)':
        'Dieser Artikel wird in Shopify nicht am Standort {location} geführt: Führen Sie ihn dort in der Shopify-Verwaltung, dann senden Sie die zurückgestellten Änderungen erneut (Erneut senden in dieser Liste oder pos-app reconcile --retry-rejected)',
    "Shopify does not know the location {location}: check the store's location in Shopify admin and in the set-up wizard":
        'Shopify kennt den Standort {location} nicht: Prüfen Sie den Standort des Geschäfts in der Shopify-Verwaltung und im Einrichtungsassistenten',
    'Shopify no longer has this item: check in Shopify admin that the product exists and tracks its stock':
        'Shopify hat diesen Artikel nicht mehr: Prüfen Sie in der Shopify-Verwaltung, ob das Produkt existiert und sein Bestand geführt wird',
    'The stock in Shopify changed while the count was sent: count the item again':
        'Der Bestand in Shopify hat sich geändert, während die Zählung gesendet wurde: Zählen Sie den Artikel erneut',
    "Shopify refused the quantity as out of range: check the item's stock in Shopify admin and count it again":
        'Shopify hat die Menge als außerhalb des zulässigen Bereichs abgelehnt: Prüfen Sie den Bestand des Artikels in der Shopify-Verwaltung und zählen Sie ihn erneut',
    'Shopify refused the stock change (code {code}): tell support':
        'Shopify hat die Bestandsänderung abgelehnt (Code {code}): Wenden Sie sich an den Support',
    'Counted {counted}; this till expected {expected} on hand, but the stock in Shopify had changed. The difference, {variance}, was sent instead: check the item in Shopify admin':
        'Gezählt {counted}; diese Kasse erwartete {expected} auf Lager, aber der Bestand in Shopify hatte sich geändert. Stattdessen wurde die Differenz {variance} gesendet: Prüfen Sie den Artikel in der Shopify-Verwaltung',
    'Counted {counted}; this till expected {expected} on hand, but Shopify had {now}. The difference, {variance}, was sent instead: check the item in Shopify admin':
        'Gezählt {counted}; diese Kasse erwartete {expected} auf Lager, aber Shopify hatte {now}. Stattdessen wurde die Differenz {variance} gesendet: Prüfen Sie den Artikel in der Shopify-Verwaltung',
    'SKU {sku} is not a stock-tracked Shopify item at this location: its stock change was set aside. Track it in Shopify admin, or fix the SKU':
        'SKU {sku} ist an diesem Standort kein Shopify-Artikel mit Bestandsführung: Seine Bestandsänderung wurde zurückgestellt. Aktivieren Sie die Bestandsführung in der Shopify-Verwaltung oder korrigieren Sie die SKU',
    'Barcode {barcode} is on SKUs {owner} and {other} in Shopify. Scanning it rings up {owner}; {other} has no barcode here until the duplicate is fixed in Shopify admin':
        'Der Barcode {barcode} ist in Shopify bei den SKUs {owner} und {other} hinterlegt. Beim Scannen wird {owner} erfasst; {other} hat hier keinen Barcode, bis das Duplikat in der Shopify-Verwaltung behoben ist',
    'Shopify shows {available} available for {sku}: units were sold twice while the till was offline. Count the item and check recent orders':
        'Shopify zeigt {available} verfügbar für {sku}: Einheiten wurden doppelt verkauft, während die Kasse offline war. Zählen Sie den Artikel und prüfen Sie die letzten Bestellungen',
    'A stock change could not be read and was set aside: tell support':
        'Eine Bestandsänderung konnte nicht gelesen werden und wurde zurückgestellt: Wenden Sie sich an den Support',
}
