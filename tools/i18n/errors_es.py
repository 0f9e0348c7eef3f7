"""Spanish (es) for the messages the domain and services raise (context "Errors").

The English templates are the `msg("...")` calls of pos_app (tools/error_templates.py
collects them); tools/fill_translations.py fills these into resources/i18n/pos_app_es.ts.
Keep every {placeholder} exactly: the values (amounts, quantities, names) are put in on
the screen, written as the store's locale writes them.
"""

ERRORS: dict[str, str] = {
    # ---- amounts typed by a person (domain/plain_amount.py) ----------------------------
    "Amount": "Importe",
    "Price": "Precio",
    "Discount": "Descuento",
    "{what} {text} {problem}": "{what} {text} {problem}",
    "is required": "es obligatorio",
    "is too large": "es demasiado grande",
    "must not be negative": "no puede ser negativo",
    "must be a number like 12.99": "debe ser un número como 12.99",
    "must be a number like 12.99, not NaN or Infinity":
        "debe ser un número como 12.99, no NaN ni Infinity",
    "must be written without a '+' sign, like {example}":
        "debe escribirse sin el signo '+', como {example}",
    "needs a digit on each side of the decimal separator, like 0.50 or 12.00":
        "necesita una cifra a cada lado del separador decimal, como 0.50 o 12.00",
    "has more decimal places than {currency} allows ({n})":
        "tiene más decimales de los que admite {currency} ({n})",
    "contains a space; write one number without spaces or thousands separators, like 1234.50":
        "contiene un espacio; escriba un solo número sin espacios ni separadores de miles, "
        "como 1234.50",
    "contains {ch}, a digit of another script; write the digits 0-9":
        "contiene {ch}, una cifra de otra escritura; escriba las cifras 0-9",
    "contains '_'; write the digits without separators, like 1000":
        "contiene '_'; escriba las cifras sin separadores, como 1000",
    "is in scientific notation; write it as a plain number, like 100 or 0.5":
        "está en notación científica; escríbalo como un número normal, como 100 o 0.5",
    "mixes ',' and '.'; write it without thousands separators, like 1234.50":
        "mezcla ',' y '.'; escríbalo sin separadores de miles, como 1234.50",
    "contains ','; write the decimal separator as '.' and no thousands separators, like "
    "1234.50":
        "contiene ','; escriba el separador decimal como '.' y sin separadores de miles, "
        "como 1234.50",
    "has more than one {separator}; write it without thousands separators, like 1234.50":
        "tiene más de un {separator}; escríbalo sin separadores de miles, como 1234.50",
    "contains {ch}; write only digits and one decimal separator, like 12.99":
        "contiene {ch}; escriba solo cifras y un separador decimal, como 12.99",
    # ---- PINs and approvals ------------------------------------------------------------
    "Wrong PIN or not allowed": "PIN incorrecto o no permitido",
    "Wrong PIN or not allowed. {then}": "PIN incorrecto o no permitido. {then}",
    "Too many wrong PINs; try again in {n} s":
        "Demasiados PIN incorrectos; inténtelo de nuevo en {n} s",
    "Too many wrong PINs; try again in {n} min":
        "Demasiados PIN incorrectos; inténtelo de nuevo en {n} min",
    "Locked after too many wrong PINs: a manager must unlock it":
        "Bloqueado tras demasiados PIN incorrectos: un gerente debe desbloquearlo",
    "Manager approval needed: {what}": "Se necesita la aprobación de un gerente: {what}",
    "Manager approval needed: {action} of {amount} is above what a {role} may do alone (a "
    "{need} or above must approve)":
        "Se necesita la aprobación de un gerente: {action} de {amount} supera lo que un "
        "{role} puede hacer solo (debe aprobarlo un {need} o superior)",
    "Manager approval needed: {action} is above what a {role} may do alone (a {need} or "
    "above must approve)":
        "Se necesita la aprobación de un gerente: {action} supera lo que un {role} puede "
        "hacer solo (debe aprobarlo un {need} o superior)",
    "{role} cannot approve {action}; a {need} or above must approve":
        "{role} no puede aprobar {action}; debe aprobarlo un {need} o superior",
    "{error}: {why}": "{error}: {why}",
    "cashier": "cajero",
    "supervisor": "supervisor",
    "manager": "gerente",
    "owner": "propietario",
    "Cashier": "Cajero",
    "Supervisor": "Supervisor",
    "Manager": "Gerente",
    "Owner": "Propietario",
    "discount over limit": "descuento por encima del límite",
    "price override": "cambio de precio",
    "void": "anulación",
    "post void": "anulación posterior",
    "return no receipt": "devolución sin recibo",
    "open drawer": "abrir el cajón",
    "count stock": "recuento de existencias",
    "resolve stock attention": "resolver avisos de existencias",
    "refund other tender": "reembolso a otra forma de pago",
    "line void": "anulación de línea",
    "cash out": "retirada de efectivo",
    "cash in": "ingreso de efectivo",
    "import catalog": "importar el catálogo",
    "edit staff": "editar el personal",
    "edit plans": "editar los planes",
    "price override on {sku} ({rule})": "cambio de precio en {sku} ({rule})",
    "the discount on line {no} ({title}) is now {pct} % of the line":
        "el descuento de la línea {no} ({title}) es ahora el {pct} % de la línea",
    "the discount on the whole sale is now {pct} % of the sale":
        "el descuento de toda la venta es ahora el {pct} % de la venta",
    "refund to {tender} (the sale was paid by {paid}) ({rule})":
        "reembolso a {tender} (la venta se pagó con {paid}) ({rule})",
    # ---- the sale ----------------------------------------------------------------------
    "open": "abierta",
    "held": "en espera",
    "parked": "aparcada",
    "completed": "completada",
    "voided": "anulada",
    "cash": "efectivo",
    "card": "tarjeta",
    "store credit": "crédito de tienda",
    "gift card": "tarjeta regalo",
    "Quantity must be a whole number, got {q}": "La cantidad debe ser un número entero, no {q}",
    "Quantity cannot be zero; remove the line instead":
        "La cantidad no puede ser cero; quite la línea",
    "Quantity cannot be negative ({q}); use a return":
        "La cantidad no puede ser negativa ({q}); use una devolución",
    "Quantity {q} is more than the limit of {limit}": "La cantidad {q} supera el límite de {limit}",
    "Change the quantity of a return by removing and re-adding it":
        "Para cambiar la cantidad de una devolución, quítela y vuelva a añadirla",
    "A sold line cannot become a return line, or the reverse":
        "Una línea vendida no puede convertirse en una devolución, ni al revés",
    "A returned line keeps the discount it was sold with":
        "Una línea devuelta conserva el descuento con el que se vendió",
    "A price cannot be negative": "Un precio no puede ser negativo",
    "The price of a returned line is the price it was sold at":
        "El precio de una línea devuelta es el precio al que se vendió",
    "A line must be attributed to at least one staff member":
        "Una línea debe atribuirse al menos a un empleado",
    "A staff member appears twice in the split": "Un empleado aparece dos veces en el reparto",
    "Commission shares must be positive and add up to 100 %":
        "Las partes de la comisión deben ser positivas y sumar el 100 %",
    "Line {no} is not in this sale": "La línea {no} no está en esta venta",
    "Unknown tax class {code} on {sku}": "Clase de impuesto desconocida {code} en {sku}",
    "The sale is {status}; it cannot be changed": "La venta está {status}; no se puede cambiar",
    "The sale is {status}; use a post-void or a return":
        "La venta está {status}; use una anulación posterior o una devolución",
    "Only a held sale can be resumed; this one is {status}":
        "Solo se puede retomar una venta en espera; esta está {status}",
    "Remove the tenders before you hold the sale":
        "Quite los pagos antes de poner la venta en espera",
    "There is nothing to hold": "No hay nada que poner en espera",
    "Reverse the card payment on the card terminal and remove it first":
        "Anule primero el pago con tarjeta en el terminal de tarjetas y quítelo",
    "An empty sale cannot be completed": "Una venta vacía no se puede completar",
    "Add something to the sale before taking payment":
        "Añada algo a la venta antes de cobrar",
    "A tender of zero does not pay anything": "Un pago de cero no paga nada",
    "That tender is already on the sale": "Ese pago ya está en la venta",
    "That tender is not on the sale": "Ese pago no está en la venta",
    "The sale is already paid in full": "La venta ya está pagada por completo",
    "This sale is a refund: tender a negative amount":
        "Esta venta es un reembolso: indique un importe negativo",
    "A tender must be positive": "Un pago debe ser positivo",
    "Only cash can be more than what is due":
        "Solo el efectivo puede superar el importe a pagar",
    "Only cash can be more than what is due ({due})":
        "Solo el efectivo puede superar el importe a pagar ({due})",
    "The refund is more than what is due": "El reembolso supera lo que corresponde",
    "The refund is more than what is due ({due})":
        "El reembolso supera lo que corresponde ({due})",
    "The cash refund is more than what is due":
        "El reembolso en efectivo supera lo que corresponde",
    "Not enough tendered: {amount} still to pay": "Pago insuficiente: faltan {amount} por pagar",
    "Not enough tendered: {amount} still to refund":
        "Reembolso insuficiente: faltan {amount} por reembolsar",
    "The sale total changed: remove the tenders and take payment again":
        "El total de la venta cambió: quite los pagos y vuelva a cobrar",
    "The sale now comes to nothing: remove the tenders first":
        "La venta ya no suma nada: quite primero los pagos",
    "{error}: the sale total is now lower than the tenders; remove a tender first":
        "{error}: el total de la venta es ahora menor que los pagos; quite primero un pago",
    "expected version {expected}, but the sale is at version {actual}":
        "se esperaba la versión {expected}, pero la venta está en la versión {actual}",
    "Sale {sale} should have {n} lines stored, but {found} were found":
        "La venta {sale} debería tener {n} líneas guardadas, pero se encontraron {found}",
    "The till's database is busy; try again in a moment":
        "La base de datos de la caja está ocupada; inténtelo de nuevo en un momento",
    # ---- returns -----------------------------------------------------------------------
    "the returned item": "el artículo devuelto",
    "the reason {reason}": "el motivo {reason}",
    "no reason": "ningún motivo",
    "line {line} of receipt {receipt}": "la línea {line} del recibo {receipt}",
    "Give a reason for returning {what}: {choices} ({rule})":
        "Indique un motivo para devolver {what}: {choices} ({rule})",
    "{reason} is not one of the store's return reasons: {choices} ({rule})":
        "{reason} no es uno de los motivos de devolución de la tienda: {choices} ({rule})",
    "Return line {no} ({title}) has {has}; the store's reasons are {choices}: remove the line "
    "and return it again with one ({rule})":
        "La línea de devolución {no} ({title}) tiene {has}; los motivos de la tienda son "
        "{choices}: quite la línea y devuélvala de nuevo con uno de ellos ({rule})",
    "Only {left} of {quantity} on {what} can still be returned; other returns (completed, "
    "held or open at another window) already take the rest ({rule})":
        "Solo {left} de {quantity} de {what} se pueden devolver aún; otras devoluciones "
        "(completadas, en espera o abiertas en otra ventana) ya ocupan el resto ({rule})",
    "Refunds for {what} would come to more than it cost ({refunded} of {paid}); remove the "
    "return line and add it again ({rule})":
        "Los reembolsos de {what} superarían lo que costó ({refunded} de {paid}); quite la "
        "línea de devolución y añádala de nuevo ({rule})",
    "The return of line {line} of receipt {receipt} names units that are not on it ({units} "
    "of {quantity}); look the receipt up again ({rule})":
        "La devolución de la línea {line} del recibo {receipt} indica unidades que no están "
        "en él ({units} de {quantity}); vuelva a buscar el recibo ({rule})",
    "Receipt {receipt} changed since it was looked up: units {units} of line {line} are "
    "returned or being returned now; look the receipt up again ({rule})":
        "El recibo {receipt} cambió desde que se buscó: las unidades {units} de la línea "
        "{line} ya están devueltas o en devolución; vuelva a buscar el recibo ({rule})",
    "Return line {no} does not say which units of {title} it refunds; remove it and add it "
    "again ({rule})":
        "La línea de devolución {no} no indica qué unidades de {title} reembolsa; quítela y "
        "añádala de nuevo ({rule})",
    # ---- the counter, returns, receipts, shifts and counts -----------------------------
    "Sign in first": "Inicie sesión primero",
    "Open a shift before selling (F10)": "Abra un turno antes de vender (F10)",
    "Hold or finish the current sale before resuming another":
        "Ponga en espera o termine la venta actual antes de retomar otra",
    "Finding a sale by date or amount is not available here; type the receipt number":
        "Buscar una venta por fecha o importe no está disponible aquí; escriba el número de "
        "recibo",
    "Give a date and time range or an amount to find a sale":
        "Indique un intervalo de fecha y hora o un importe para buscar una venta",
    "The end of the range is before its start": "El final del intervalo es anterior a su inicio",
    "Return 1 to {limit} units": "Devuelva de 1 a {limit} unidades",
    "Shifts are not available on this terminal": "Los turnos no están disponibles en este terminal",
    "Receipts are not available on this terminal":
        "Los recibos no están disponibles en este terminal",
    "No receipt has been printed on this terminal since start-up":
        "No se ha impreso ningún recibo en este terminal desde el inicio",
    "Unknown receipt choice {choice}": "Opción de recibo desconocida {choice}",
    "No cash drawer is connected": "No hay ningún cajón portamonedas conectado",
    "Shopify is not set up on this terminal": "Shopify no está configurado en este terminal",
    "Shopify is not set up on this terminal, so there is no stock to count against":
        "Shopify no está configurado en este terminal, así que no hay existencias con las que "
        "comparar el recuento",
    "A count cannot be negative: count what is on the shelf (0 if it is empty)":
        "Un recuento no puede ser negativo: cuente lo que hay en el estante (0 si está vacío)",
    "{counted} is more than {limit}: was a barcode scanned into the count?":
        "{counted} es más que {limit}: ¿se escaneó un código de barras en el recuento?",
    "{title} ({sku}) is not stock-tracked in Shopify; there is nothing to count":
        "{title} ({sku}) no lleva control de existencias en Shopify; no hay nada que contar",
    "That item was already resolved": "Ese aviso ya se resolvió",
    "Not a receipt number: {typed}": "No es un número de recibo: {typed}",
    "Receipt {receipt} has no line {line}": "El recibo {receipt} no tiene la línea {line}",
    "Receipt {receipt} is not a completed sale": "El recibo {receipt} no es una venta completada",
    "Receipt {receipt} is from another till and this terminal is not connected to a central "
    "database; use a return without a receipt (manager)":
        "El recibo {receipt} es de otra caja y este terminal no está conectado a una base de "
        "datos central; use una devolución sin recibo (gerente)",
    "Receipt {receipt} is from another till and the central database can't be reached; use a "
    "return without a receipt (manager)":
        "El recibo {receipt} es de otra caja y no se puede acceder a la base de datos central; "
        "use una devolución sin recibo (gerente)",
    "Receipt {receipt} was not found at any till of this store":
        "El recibo {receipt} no se encontró en ninguna caja de esta tienda",
    "Receipt {receipt} reached the central database without its lines; use a return without a "
    "receipt (manager)":
        "El recibo {receipt} llegó a la base de datos central sin sus líneas; use una "
        "devolución sin recibo (gerente)",
    "Receipt {receipt} was not found": "No se encontró el recibo {receipt}",
    "{receipt} of terminal {terminal}": "{receipt} del terminal {terminal}",
    "{code} is not a receipt barcode": "{code} no es un código de barras de recibo",
    "Only a completed sale can be post-voided":
        "Solo una venta completada puede anularse posteriormente",
    "A post-void cannot itself be post-voided":
        "Una anulación posterior no puede anularse a su vez",
    "This sale was already post-voided": "Esta venta ya se anuló posteriormente",
    "Part of this sale was returned; return the rest instead":
        "Parte de esta venta se devolvió; devuelva el resto en su lugar",
    "No sale {sale}": "No existe la venta {sale}",
    "That command id belongs to another sale": "Ese id de orden pertenece a otra venta",
    "That line is already being returned in this sale":
        "Esa línea ya se está devolviendo en esta venta",
    "A return reason is at most {n} characters":
        "Un motivo de devolución tiene como máximo {n} caracteres",
    "{title} is priced in {currency} but this sale is in {sale}; the store's currency and its "
    "catalog disagree":
        "{title} tiene precio en {currency} pero esta venta es en {sale}; la moneda de la "
        "tienda y su catálogo no coinciden",
    "Return at least one unit": "Devuelva al menos una unidad",
    "A returned line cannot be returned again": "Una línea devuelta no puede devolverse de nuevo",
    "Only {left} of {sold} × {title} can still be returned":
        "Solo {left} de {sold} × {title} se pueden devolver aún",
    "{title} on receipt {receipt} was already returned":
        "{title} del recibo {receipt} ya se devolvió",
    "Not a set of units of {title}: {spans}": "No es un conjunto de unidades de {title}: {spans}",
    "A discount cannot be negative": "Un descuento no puede ser negativo",
    "A discount cannot be more than 100 % (got {pct} %)":
        "Un descuento no puede superar el 100 % (se indicó {pct} %)",
    "A discount of {value} is more than the amount it applies to ({base})":
        "Un descuento de {value} supera el importe al que se aplica ({base})",
    "Unknown tax class {code}": "Clase de impuesto desconocida {code}",
    "Nothing was scanned": "No se escaneó nada",
    "Code is too long ({n} characters): {start}…": "El código es demasiado largo ({n} caracteres): {start}…",
    "Code contains control characters: {code}": "El código contiene caracteres de control: {code}",
    "Invalid {kind} barcode {code}: check digit is {digit}, expected {expected}":
        "Código de barras {kind} no válido {code}: el dígito de control es {digit}, se esperaba "
        "{expected}",
    "This field": "Este campo",
    "{what} looks like it holds a full card number. Never type a card number; remove it and try "
    "again.":
        "{what} parece contener un número de tarjeta completo. Nunca escriba un número de "
        "tarjeta; quítelo e inténtelo de nuevo.",
    "That looks like a full card number. Never type a card number: enter the approval code from "
    "the card terminal or the last four digits (e.g. *1234).":
        "Eso parece un número de tarjeta completo. Nunca escriba un número de tarjeta: "
        "introduzca el código de autorización del terminal de tarjetas o los cuatro últimos "
        "dígitos (p. ej. *1234).",
    "an approval code (4 to 12 letters or digits, e.g. ABC123) or the card's last four digits "
    "(e.g. *1234)":
        "un código de autorización (de 4 a 12 letras o cifras, p. ej. ABC123) o los cuatro "
        "últimos dígitos de la tarjeta (p. ej. *1234)",
    "A {kind} tender needs its reference: {forms}": "Un pago con {kind} necesita su referencia: {forms}",
    "A tender reference must be {forms}; {n} characters were typed":
        "La referencia de un pago debe ser {forms}; se escribieron {n} caracteres",
    # ---- shifts, cash in and out, counts -----------------------------------------------
    "Cash": "Efectivo",
    "Card": "Tarjeta",
    "Store credit": "Crédito de tienda",
    "Gift card": "Tarjeta regalo",
    "paid in": "ingresado",
    "paid out": "retirado",
    "A staff member must be given": "Hay que indicar un empleado",
    "The opening float cannot be negative": "El fondo inicial no puede ser negativo",
    "The opening float cannot be negative (got {amount})":
        "El fondo inicial no puede ser negativo (se indicó {amount})",
    "An opening float of {amount} is not plausible": "Un fondo inicial de {amount} no es plausible",
    "A paid-in or paid-out amount must be more than zero":
        "Un ingreso o una retirada de efectivo debe ser mayor que cero",
    "A paid-in or paid-out needs a reason": "Un ingreso o una retirada de efectivo necesita un motivo",
    "The shift opened at {at} is already closed": "El turno abierto a las {at} ya está cerrado",
    "The shift is closed; cash can no longer be paid in or out":
        "El turno está cerrado; ya no se puede ingresar ni retirar efectivo",
    "The amount {word} must be more than zero (got {amount})":
        "El importe {word} debe ser mayor que cero (se indicó {amount})",
    "{amount} {word} is not plausible": "{amount} {word} no es plausible",
    "Say why cash is {word}: a reason is required":
        "Indique por qué se ha {word} efectivo: el motivo es obligatorio",
    "The reason is too long (at most {n} characters)":
        "El motivo es demasiado largo (como máximo {n} caracteres)",
    "Cannot pay out {amount}: the drawer should only hold {held}":
        "No se puede retirar {amount}: el cajón solo debería tener {held}",
    "A Z report is only made for a closed shift": "El informe Z solo se hace con el turno cerrado",
    "Cannot count {key}: the tenders are {names}":
        "No se puede contar {key}: las formas de pago son {names}",
    "{tender} was counted twice": "{tender} se contó dos veces",
    "Counted cash cannot be negative": "El efectivo contado no puede ser negativo",
    "The count of {tender} is not plausible": "El recuento de {tender} no es plausible",
    "Count every tender taken before closing; missing: {names}":
        "Cuente todas las formas de pago cobradas antes de cerrar; faltan: {names}",
    "No shift is open on terminal {terminal}; open one first":
        "No hay ningún turno abierto en el terminal {terminal}; abra uno primero",
    "There is no Z report number {z} on terminal {terminal}":
        "No hay ningún informe Z número {z} en el terminal {terminal}",
    "A shift is already open on terminal {terminal} (opened by {by} at {at}); close it with a Z "
    "report before opening another":
        "Ya hay un turno abierto en el terminal {terminal} (abierto por {by} a las {at}); "
        "ciérrelo con un informe Z antes de abrir otro",
    "{staff} is not an active staff member of this store":
        "{staff} no es un empleado activo de esta tienda",
    "The open shift is in {currency} but the store is now set to {store}; set the store currency "
    "back to {currency} to close it (its float was {float})":
        "El turno abierto está en {currency} pero la tienda está ahora en {store}; vuelva a "
        "poner la moneda de la tienda en {currency} para cerrarlo (su fondo era {float})",
    # ---- staff, sign-in and the back office --------------------------------------------
    "Choose your name first, then type your PIN": "Elija primero su nombre y luego escriba su PIN",
    "A PIN is {low} to {high} digits": "Un PIN tiene de {low} a {high} cifras",
    "PIN must be {low} to {high} digits": "El PIN debe tener de {low} a {high} cifras",
    "Unknown role {text} (one of {choices})": "Rol desconocido {text} (uno de {choices})",
    "No staff member with id {staff}": "No hay ningún empleado con el id {staff}",
    "No staff member is called {name}": "Ningún empleado se llama {name}",
    "No active staff member is called {name}; names are listed on the sign-in screen":
        "Ningún empleado activo se llama {name}; los nombres aparecen en la pantalla de inicio "
        "de sesión",
    "{n} active staff members are called {name}: name one by id ({ids})":
        "{n} empleados activos se llaman {name}: indique uno por su id ({ids})",
    "This store already has staff; a manager adds people with `pos-app staff add`":
        "Esta tienda ya tiene personal; un gerente añade personas con `pos-app staff add`",
    "{name} is deactivated: reactivate them with a new PIN":
        "{name} está desactivado: reactívelo con un PIN nuevo",
    "{name} is deactivated: reactivate them first": "{name} está desactivado: reactívelo primero",
    "There is already an active staff member named {name}":
        "Ya hay un empleado activo llamado {name}",
    "Cannot take the manager's role from {name}: they are the store's last manager. Add another "
    "manager first":
        "No se puede quitar el rol de gerente a {name}: es el último gerente de la tienda. "
        "Añada antes otro gerente",
    "Cannot deactivate {name}: they are the store's last manager. Add another manager first":
        "No se puede desactivar a {name}: es el último gerente de la tienda. Añada antes otro "
        "gerente",
    "A {by} cannot give or change the role {role}": "Un {by} no puede dar ni cambiar el rol {role}",
    "Staff name is required": "El nombre del empleado es obligatorio",
    "Staff name is longer than {n} characters": "El nombre del empleado supera los {n} caracteres",
    "Staff name contains control characters": "El nombre del empleado contiene caracteres de control",
    "Nobody is signed in; only a {need} can": "Nadie ha iniciado sesión; solo puede un {need}",
    "A {role} cannot {what}; only a {need} can": "Un {role} no puede {what}; solo puede un {need}",
    "{one} or {other}": "{one} o {other}",
    "open the back office": "abrir la administración",
    "change commission plans": "cambiar los planes de comisión",
    "Nobody is signed in; a manager or owner can":
        "Nadie ha iniciado sesión; puede un gerente o el propietario",
    "A {role} cannot read the journal; a manager or owner can":
        "Un {role} no puede leer el diario; puede un gerente o el propietario",
    "Switching a feature flag for the store needs a manager or the owner":
        "Cambiar una función de la tienda requiere un gerente o el propietario",
    "A report period must end after it starts":
        "Un periodo de informe debe terminar después de empezar",
    "A custom period needs its first and last day":
        "Un periodo personalizado necesita su primer y su último día",
    "The last day of the period is before its first day":
        "El último día del periodo es anterior al primero",
    "Commission plans are saved in the central database, and none is configured":
        "Los planes de comisión se guardan en la base de datos central, y no hay ninguna "
        "configurada",
    # ---- commission plans --------------------------------------------------------------
    "A plan needs an id and a name": "Un plan necesita un id y un nombre",
    "Plan {name}: {error}": "Plan {name}: {error}",
    "Plan {name}: it must end after it starts": "Plan {name}: debe terminar después de empezar",
    "Plan {name}: it pays nothing (no rate, spiff, tier or bonus)":
        "Plan {name}: no paga nada (ni tasa, ni incentivo, ni tramo, ni bono)",
    "Plan {name}, rule {i}": "Plan {name}, regla {i}",
    "Plan {name}, spiff {i}: the amount must be >= 0":
        "Plan {name}, incentivo {i}: el importe debe ser >= 0",
    "Plan {name}, spiff {i}: say which items it pays on":
        "Plan {name}, incentivo {i}: indique por qué artículos paga",
    "Plan {name}, bonus {i}: the threshold must be > 0 and the amount >= 0":
        "Plan {name}, bono {i}: el umbral debe ser > 0 y el importe >= 0",
    "{where}: the rate must be a whole number >= 0": "{where}: la tasa debe ser un número entero >= 0",
    "{where}: a rate over 100 % ({bp} bp) is not allowed":
        "{where}: no se admite una tasa superior al 100 % ({bp} pb)",
    "tier from {threshold}": "tramo desde {threshold}",
    "A tier schedule needs at least one tier": "Una escala de tramos necesita al menos un tramo",
    "The first tier must start at 0": "El primer tramo debe empezar en 0",
    "Tier thresholds must increase strictly": "Los umbrales de los tramos deben ser estrictamente crecientes",
    "No commission plan covers {staff} on {day}": "Ningún plan de comisión cubre a {staff} el {day}",
    "No valid commission plan for {staff} on {day}; unreadable plans: {reasons}":
        "No hay ningún plan de comisión válido para {staff} el {day}; planes ilegibles: {reasons}",
    "A clawback needs a positive returned quantity of a sold line":
        "Una recuperación de comisión necesita una cantidad devuelta positiva de una línea vendida",
    "Returning {returning} after {before} of {sold} units is more than was sold":
        "Devolver {returning} después de {before} de {sold} unidades es más de lo vendido",
    # ---- catalog and stock -------------------------------------------------------------
    "No product with barcode {code}": "Ningún producto tiene el código de barras {code}",
    "No product with SKU or code {code}": "Ningún producto tiene el SKU o código {code}",
    "No product variant with id {variant}": "No hay ninguna variante de producto con el id {variant}",
    "No Shopify stock level is known for {sku} at this location yet":
        "Aún no se conoce ningún nivel de existencias de Shopify para {sku} en esta ubicación",
    "Shopify keeps failing; sync paused for {n} s":
        "Shopify sigue fallando; sincronización en pausa durante {n} s",
    # ---- the till's own disk and database ----------------------------------------------
    "The sales database is damaged ({detail}). {advice}":
        "La base de datos de ventas está dañada ({detail}). {advice}",
    "Nothing more is written into it. Read what is still there with `pos-app status` and copy "
    "it with `pos-app backup --to DIR`; then put the last good backup back with `pos-app "
    "restore FILE` (the damaged file is kept aside).":
        "Ya no se escribe nada en ella. Lea lo que aún contiene con `pos-app status` y cópielo "
        "con `pos-app backup --to DIR`; después restaure la última copia buena con `pos-app "
        "restore FILE` (el archivo dañado se guarda aparte).",
    "The disk holding the sales database is full ({detail})":
        "El disco de la base de datos de ventas está lleno ({detail})",
    "The sales database cannot be written: {detail}":
        "No se puede escribir en la base de datos de ventas: {detail}",
    "The disk is full: {detail}": "El disco está lleno: {detail}",
    "The data directory cannot be used: {detail}":
        "No se puede usar el directorio de datos: {detail}",
    # ---- the back office's plan editor (services/commission_plans.parse_draft) ----------
    "Row {n}: {problem}": "Fila {n}: {problem}",
    "Give the plan a name": "Dé un nombre al plan",
    "The plan needs an id": "El plan necesita un id",
    "The plan must end after it starts": "El plan debe terminar después de empezar",
    "The period is a month or a week": "El periodo es un mes o una semana",
    "No staff member called “{name}”": "Ningún empleado se llama «{name}»",
    "“{text}” is not a role ({roles})": "«{text}» no es un rol ({roles})",
    "“{code}” is not a currency code such as USD": "«{code}» no es un código de moneda como USD",
    "Enter the rate": "Introduzca la tasa",
    "Rate: {error}": "Tasa: {error}",
    "Say which items the spiff pays on (SKU, collection or type)":
        "Indique por qué artículos paga el incentivo (SKU, colección o tipo)",
    "Amount per unit: {error}": "Importe por unidad: {error}",
    "Add at least one tier, starting at 0": "Añada al menos un tramo, empezando en 0",
    "From: {error}": "Desde: {error}",
    "Each tier must start above the one before": "Cada tramo debe empezar por encima del anterior",
    "Threshold: {error}": "Umbral: {error}",
    "Amount: {error}": "Importe: {error}",
    "The plan pays nothing yet: add a rate, a spiff, tiers or a bonus":
        "El plan aún no paga nada: añada una tasa, un incentivo, tramos o un bono",
    "“{text}” is not an amount": "«{text}» no es un importe",
    "“{text}” is not a percentage": "«{text}» no es un porcentaje",
    "“{text}” is not a whole number of units": "«{text}» no es un número entero de unidades",
    "use at most {n} decimal(s) for {currency}": "use como máximo {n} decimal(es) para {currency}",
    "use at most two decimals for a percentage": "use como máximo dos decimales en un porcentaje",
    "over 100 % is not allowed": "no se admite más del 100 %",
    "must be more than 0": "debe ser mayor que 0",
    # ---- what the set-up steps did (app/setup_steps.py), said in the wizard ----
    "Prices include tax; tax rounded {rounding}; cash rounding {cash}":
        "Los precios incluyen impuestos; impuesto redondeado {rounding}; redondeo del efectivo {cash}",
    "Prices exclude tax; tax rounded {rounding}; cash rounding {cash}":
        "Los precios no incluyen impuestos; impuesto redondeado {rounding}; redondeo del efectivo {cash}",
    "Tax class {code} ({name}): {rates}":
        "Clase de impuesto {code} ({name}): {rates}",
    "Printer {printer}: test page sent ({when})":
        "Impresora {printer}: página de prueba enviada ({when})",
    "Config: [printer] device = {device} written to {path}":
        "Configuración: [printer] device = {device} escrito en {path}",
    # ---- the set-up wizard's Shopify and central steps (app/setup_steps.py, the
    # reconcile and central commands, services' summaries) ------------------------------
    'Shop             {name} ({domain}), sells in {currency}; API {version}':
        'Tienda Shopify: {name} ({domain}), vende en {currency}; API {version}',
    'Location         {name} ({id})':
        'Ubicación: {name} ({id})',
    'Token            from POS_APP_SHOPIFY_TOKEN (kept there, not stored)':
        'Token: de POS_APP_SHOPIFY_TOKEN (se queda ahí, no se guarda)',
    'Token            stored in the keyring (service {service}, user {user})':
        'Token: guardado en el llavero (servicio {service}, usuario {user})',
    'Config           [shopify] written to {path}':
        'Configuración: [shopify] escrito en {path}',
    'per total':
        'sobre el total',
    'per line':
        'por línea',
    '{name} {percent}%':
        '{name} {percent} %',
    '{percent}%':
        '{percent} %',
    'Catalog          not pulled (cancelled): the next reconcile pulls it':
        'Catálogo: no descargado (cancelado): la próxima conciliación lo descarga',
    'Catalog          cancelled at {done} products: the next reconcile pulls the rest':
        'Catálogo: cancelado en {done} productos: la próxima conciliación descarga el resto',
    'Catalog          cancelled at {done} of {total} products: the next reconcile pulls the rest':
        'Catálogo: cancelado en {done} de {total} productos: la próxima conciliación descarga el resto',
    'Outcome          {outcome}: {message}':
        'Resultado: {outcome}: {message}',
    'Outcome          {outcome}':
        'Resultado: {outcome}',
    'Catalog          {read} variants read, {new} new, {changed} changed, {no_sku} without SKU, {collections} collections read':
        'Catálogo: {read} variantes leídas, {new} nuevas, {changed} cambiadas, {no_sku} sin SKU, {collections} colecciones leídas',
    'Levels           {updated} updated ({reads} bulk reads)':
        'Existencias: {updated} actualizadas ({reads} lecturas masivas)',
    'Pushed           {events} events in {mutations} mutations, {rejected} set aside, {retries} retries':
        'Enviados: {events} eventos en {mutations} mutaciones, {rejected} apartados, {retries} reintentos',
    'Counts           {applied} applied, {variances} as variances, {stale} stale':
        'Recuentos: {applied} aplicados, {variances} como diferencias, {stale} obsoletos',
    'Oversold         {skus}':
        'Vendido de más: {skus}',
    'Oversold         none':
        'Vendido de más: ninguno',
    'Shopify API      {requests} requests, {points} cost points, {throttled} throttled ({seconds} s waited)':
        'API de Shopify: {requests} peticiones, {points} puntos de coste, {throttled} limitadas ({seconds} s de espera)',
    'Attention        {count} item(s) need a person: pos-app reconcile --status':
        'Atención: {count} elemento(s) necesitan a una persona: pos-app reconcile --status',
    'Central sync backing off until {until}':
        'Sincronización central en pausa hasta {until}',
    '{topic} {count}':
        '{topic} {count}',
    'Pushed           {pushed} record(s) in {batches} batch(es) ({topics}) in {seconds} s':
        'Enviados: {pushed} registro(s) en {batches} lote(s) ({topics}) en {seconds} s',
    'Pushed           {pushed} record(s) in {batches} batch(es) in {seconds} s':
        'Enviados: {pushed} registro(s) en {batches} lote(s) en {seconds} s',
    'Rejected         {rejected} this round; {total} need attention':
        'Rechazados: {rejected} en esta ronda; {total} necesitan atención',
    'Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s), {flags} flag override(s)':
        'Recibidos: {plans} plan(es), {staff} empleados, {settings} ajuste(s) cambiados, {tills} total(es) de periodo de otras cajas, {flags} ajuste(s) de funciones',
    'Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s)':
        'Recibidos: {plans} plan(es), {staff} empleados, {settings} ajuste(s) cambiados, {tills} total(es) de periodo de otras cajas',
    'Still pending    {count}':
        'Aún pendientes: {count}',
    'Journal          {count} record(s) pushed; STOPPED: {error}':
        'Diario: {count} registro(s) enviados; DETENIDO: {error}',
    'Journal          {count} record(s) pushed':
        'Diario: {count} registro(s) enviados',
    'PAUSED           {error}':
        'EN PAUSA: {error}',
    '                 nothing was rejected: every row stays queued and goes once the configuration or the role is fixed':
        'no se rechazó nada: cada fila sigue en cola y se envía en cuanto se corrija la configuración o el rol',
    'Stopped          {error}':
        'Detenido: {error}',
    "Settlement       by the store's settlement role, not this terminal's (pos-app commission-settle --central-url ...)":
        'Liquidación: la hace el rol de liquidación de la tienda, no el de este terminal (pos-app commission-settle --central-url ...)',
    'Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked, current and previous month included)':
        'Liquidado: {count} registro(s) de tramo/bonificación escritos para la tienda {store} ({periods} periodo(s) revisados, incluidos el mes actual y el anterior)',
    'Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked)':
        'Liquidado: {count} registro(s) de tramo/bonificación escritos para la tienda {store} ({periods} periodo(s) revisados)',
    'created':
        'creado',
    'upgraded':
        'actualizado',
    'already current':
        'ya al día',
    'empty':
        'vacío',
    'Central schema   {what} ({before} -> {after})':
        'Esquema central: {what} ({before} -> {after})',
    'Next: on each terminal, `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`':
        'Después: en cada terminal, `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`',
    'Terminal role    {role} for store {store}, terminal {terminal}':
        'Rol del terminal: {role} para la tienda {store}, terminal {terminal}',
    'Password         in the keyring (service {service}, user {user})':
        'Contraseña: en el llavero (servicio {service}, usuario {user})',
    'Config           [central] written to {path}':
        'Configuración: [central] escrito en {path}',
    # ---- the set-up wizard's own refusals (app/setup_steps.py) --------------------------
    "The store id is required": "Falta el id de la tienda",
    "The store name is required": "Falta el nombre de la tienda",
    "The terminal id is required": "Falta el id de la caja",
    "Cash rounding must be 1 (none) or more minor units, e.g. 5":
        "El redondeo de efectivo debe ser 1 (ninguno) o más unidades mínimas, p. ej. 5",
    "The owner's name is required": "Falta el nombre del propietario",
    "The two PINs differ: type the same PIN twice":
        "Los dos PIN no coinciden: escriba el mismo PIN dos veces",
    "The central database's URL (postgresql+psycopg://ROLE@HOST/DB) and the store id are both required; or skip this step to keep the embedded database":
        "Se necesitan la URL de la base de datos central (postgresql+psycopg://ROLE@HOST/DB) y el id de la tienda; o salte este paso para quedarse con la base de datos integrada",
    "Choose or type the printer's form (e.g. usb:04b8:0202, network:192.0.2.10:9100)":
        "Elija o escriba la forma de la impresora (p. ej. usb:04b8:0202, network:192.0.2.10:9100)",
    # ---- the journal's sources and where its chain is (app/journal_commands.py)
    "this terminal": "esta terminal",
    "This terminal ({terminal})": "Esta terminal ({terminal})",
    "Central database (store {store})": "Base de datos central (tienda {store})",
    "terminal {terminal}": "terminal {terminal}",
    "central database, store {store}": "base de datos central, tienda {store}",
    # ---- where a journal's chain is broken (domain/journal.py verify_chain)
    "record of terminal {terminal} in this chain":
        "registro del terminal {terminal} en esta cadena",
    "two records are numbered {seq}":
        "dos registros tienen la sec. {seq}",
    "seq {first} missing (deleted): the record after seq {prev} is seq {next}":
        "falta la sec. {first} (borrada): el registro tras la sec. {prev} es la sec. {next}",
    "seq {first} to {last} missing (deleted): the record after seq {prev} is seq {next}":
        "faltan las sec. {first} a {last} (borradas): el registro tras la sec. {prev} es la sec. {next}",
    "it was written after the record now numbered {seq}: records were reordered":
        "se escribió después del registro que ahora tiene la sec. {seq}: se reordenaron registros",
    "it was written right after seq {seq}: seq {first} to {last} were put in between":
        "se escribió justo después de la sec. {seq}: las sec. {first} a {last} se metieron en medio",
    "the next record was written right after seq {seq}: this one was inserted":
        "el registro siguiente se escribió justo después de la sec. {seq}: este se insertó",
    "the record it was written after is no longer in the journal (deleted, and the rest renumbered)":
        "el registro tras el que se escribió ya no está en el diario (borrado, y el resto renumerado)",
    "its MAC does not verify and the next record was written right after the one before it: it was inserted":
        "su MAC no se verifica y el registro siguiente se escribió justo después del anterior: se insertó",
    "its MAC does not verify: the record was altered":
        "su MAC no se verifica: el registro fue alterado",
    "its MAC does not verify: the record was altered, or added by someone without the key":
        "su MAC no se verifica: el registro fue alterado, o lo añadió alguien sin la clave",
    "records through seq {through} are known to have been written; the journal ends at seq {last}":
        "se sabe que se escribieron registros hasta la sec. {through}; el diario termina en la sec. {last}",
    "recorded at first start": 'registrados en el primer arranque',
    # ---- the set-up wizard's central step and the first sync (app/central_*.py) ------
    'Started store {store} ({name}), terminal {terminal}':
        'Tienda {store} ({name}) iniciada, terminal {terminal}',
    'Receipts start at #1.':
        'Los recibos empiezan en el n.º 1.',
    "the central database at {url} cannot be reached or refused the login: {error}. Check the host, the database and the owner's password ({env})":
        'No se puede llegar a la base de datos central en {url} o rechazó el inicio de sesión: {error}. Compruebe el servidor, la base de datos y la contraseña del propietario ({env})',
    "{error}. Set {env} to the role's password on this terminal (it was not shown and is not kept anywhere else; run this again with --password-stdin to choose one)":
        '{error}. Ponga en {env} la contraseña del rol en este terminal (no se mostró ni se guarda en ningún otro sitio; vuelva a ejecutar esto con --password-stdin para elegir una)',
    'commission settlement stopped: {error}':
        'La liquidación de comisiones se detuvo: {error}',
    'commission settlement refused: {error}':
        'La liquidación de comisiones fue rechazada: {error}',
    'central sync paused: {error}':
        'La sincronización central está en pausa: {error}',
    'central sync stopped: {error}':
        'La sincronización central se detuvo: {error}',
    'central init failed':
        'No se pudo preparar la base de datos central',
    'central connect failed':
        'No se pudo conectar esta caja a la base de datos central',
    'Central schema   {what}':
        'Esquema central: {what}',
    "Password         kept in this computer's keyring":
        'Contraseña: guardada en el llavero de este equipo',
    "Settlement       by the store's settlement role":
        'Liquidación: la hace el rol de liquidación de la tienda',
    '  {staff} tier adjustment {period} plan {plan}: {amount} (version {version}) [{reason}]':
        '  {staff} ajuste de tramo {period} plan {plan}: {amount} (versión {version}) [{reason}]',
    '  {staff} bonus           {period} plan {plan}: {amount} (version {version}) [{reason}]':
        '  {staff} bono {period} plan {plan}: {amount} (versión {version}) [{reason}]',
    '  {staff} tier adjustment {period} plan {plan}: {amount} (version {version})':
        '  {staff} ajuste de tramo {period} plan {plan}: {amount} (versión {version})',
    '  {staff} bonus           {period} plan {plan}: {amount} (version {version})':
        '  {staff} bono {period} plan {plan}: {amount} (versión {version})',
    'ok':
        'correcto',
    'offline':
        'sin conexión',
    'paused':
        'en pausa',
    'auth_failed':
        'acceso denegado',
    'busy':
        'ocupado',
    'error':
        'error',
    'staff':
        'personal',
    'commission records':
        'registros de comisión',
    'shifts':
        'turnos',
    'alerts':
        'avisos',
    # ---- the stock needs-attention list (services/inventory_messages.py) -----------
    "this store's Shopify location":
        'la ubicación de Shopify de esta tienda',
    'This item is not stocked at {location} in Shopify: stock it there in Shopify admin, then send the set-aside changes again (Send again in this list, or pos-app reconcile --retry-rejected)':
        'Este artículo no tiene existencias en {location} en Shopify: añádalo allí en el panel de Shopify y vuelva a enviar los cambios apartados (Enviar de nuevo en esta lista, o pos-app reconcile --retry-rejected)',
    "Shopify does not know the location {location}: check the store's location in Shopify admin and in the set-up wizard":
        'Shopify no conoce la ubicación {location}: revise la ubicación de la tienda en el panel de Shopify y en el asistente de configuración',
    'Shopify no longer has this item: check in Shopify admin that the product exists and tracks its stock':
        'Shopify ya no tiene este artículo: compruebe en el panel de Shopify que el producto existe y controla sus existencias',
    'The stock in Shopify changed while the count was sent: count the item again':
        'Las existencias en Shopify cambiaron mientras se enviaba el recuento: vuelva a contar el artículo',
    "Shopify refused the quantity as out of range: check the item's stock in Shopify admin and count it again":
        'Shopify rechazó la cantidad por estar fuera de rango: revise las existencias del artículo en el panel de Shopify y vuelva a contarlo',
    'Shopify refused the stock change (code {code}): tell support':
        'Shopify rechazó el cambio de existencias (código {code}): avise al soporte',
    'Counted {counted}; this till expected {expected} on hand, but the stock in Shopify had changed. The difference, {variance}, was sent instead: check the item in Shopify admin':
        'Contados {counted}; esta caja esperaba {expected} en existencia, pero las existencias en Shopify habían cambiado. Se envió la diferencia, {variance}: revise el artículo en el panel de Shopify',
    'Counted {counted}; this till expected {expected} on hand, but Shopify had {now}. The difference, {variance}, was sent instead: check the item in Shopify admin':
        'Contados {counted}; esta caja esperaba {expected} en existencia, pero Shopify tenía {now}. Se envió la diferencia, {variance}: revise el artículo en el panel de Shopify',
    'SKU {sku} is not a stock-tracked Shopify item at this location: its stock change was set aside. Track it in Shopify admin, or fix the SKU':
        'El SKU {sku} no es un artículo de Shopify con existencias controladas en esta ubicación: su cambio de existencias se apartó. Active el control en el panel de Shopify o corrija el SKU',
    'Barcode {barcode} is on SKUs {owner} and {other} in Shopify. Scanning it rings up {owner}; {other} has no barcode here until the duplicate is fixed in Shopify admin':
        'El código de barras {barcode} está en los SKU {owner} y {other} en Shopify. Al escanearlo se registra {owner}; {other} no tiene código de barras aquí hasta que se corrija el duplicado en el panel de Shopify',
    'Shopify shows {available} available for {sku}: units were sold twice while the till was offline. Count the item and check recent orders':
        'Shopify muestra {available} disponibles de {sku}: se vendieron unidades dos veces mientras la caja estaba sin conexión. Cuente el artículo y revise los pedidos recientes',
    'A stock change could not be read and was set aside: tell support':
        'No se pudo leer un cambio de existencias y se apartó: avise al soporte',
}
