"""Spanish (es) translations of the screens: English source text -> Spanish.

Filled into resources/i18n/pos_app_es.ts by tools/fill_translations.py (`make
translations`). Keep every {placeholder} and key name (F12, Esc, Enter, Ctrl+S) as is.
"""

T: dict[str, str] = {
    # ---- back office --------------------------------------------------------------------
    "{store} — back office": "{store} — administración",
    "{store} · back office": "{store} · administración",
    "Reading…": "Leyendo…",
    "Managers and supervisors: sign in with your PIN.":
        "Gerentes y supervisores: inicien sesión con su PIN.",
    "Sign-in is not available here.": "El inicio de sesión no está disponible aquí.",
    "Signed in: {role}": "Sesión iniciada: {role}",
    "Commission": "Comisión",
    "Plans": "Planes",
    "Needs review": "Por revisar",
    "Journal": "Diario",
    "Something went wrong; the error was logged.": "Algo salió mal; el error quedó registrado.",
    # ---- cart ---------------------------------------------------------------------------
    "Item": "Artículo",
    "Qty": "Cant.",
    "Price": "Precio",
    "Discount": "Descuento",
    "Line total": "Total línea",
    "Return: ": "Devolución: ",
    "Price × quantity − discount; tax is added in the totals":
        "Precio × cantidad − descuento; el impuesto se suma en los totales",
    # ---- charts -------------------------------------------------------------------------
    "Commission by staff member": "Comisión por empleado",
    "Commission by staff member: top {n} of {total}":
        "Comisión por empleado: los {n} primeros de {total}",
    "Team commission over time": "Comisión del equipo en el tiempo",
    "Team commission per day": "Comisión del equipo por día",
    "Team commission per week": "Comisión del equipo por semana",
    # ---- checkout -----------------------------------------------------------------------
    "Cash": "Efectivo",
    "Card": "Tarjeta",
    "Store credit": "Crédito de tienda",
    "Gift card": "Tarjeta regalo",
    "Refund {amount} — give cash": "Reembolso {amount} — dar efectivo",
    "Refund {amount} — to the card": "Reembolso {amount} — a la tarjeta",
    "Refund {amount} — as store credit": "Reembolso {amount} — como crédito de tienda",
    "Refund {amount} — to a gift card": "Reembolso {amount} — a una tarjeta regalo",
    "Checkout": "Cobro",
    "Amount due": "Importe a pagar",
    "Amount handed over": "Importe entregado",
    "Amount to refund": "Importe a devolver",
    "No payment yet": "Aún sin pagos",
    "Nothing refunded yet": "Aún no se ha devuelto nada",
    "Tenders": "Formas de pago",
    "Message": "Mensaje",
    "Remove tender  Del": "Quitar  Supr",
    "Remove the selected tender (Del)": "Quitar el pago seleccionado (Supr)",
    "Back to sale  Esc": "Volver  Esc",
    "Back to the sale (Esc)": "Volver a la venta (Esc)",
    "Amount": "Importe",
    "Reference": "Referencia",
    "Complete sale  Enter": "Completar venta  Intro",
    "Complete the sale (Enter)": "Completar la venta (Intro)",
    "Decimal separator": "Separador decimal",
    "Delete the last digit": "Borrar el último dígito",
    "Receipt?": "¿Recibo?",
    "Print receipt": "Imprimir recibo",
    "Print the receipt": "Imprimir el recibo",
    "No receipt": "Sin recibo",
    "Email receipt": "Recibo por correo",
    "Email the receipt": "Enviar el recibo por correo",
    "Not available yet: email receipts need customer records":
        "Aún no disponible: los recibos por correo necesitan fichas de clientes",
    "Email receipts are not available yet: the till has no customer records.":
        "Los recibos por correo aún no están disponibles: la caja no tiene fichas de clientes.",
    "Next sale: scan the first item": "Siguiente venta: escanee el primer artículo",
    "Next customer: scan the first item": "Siguiente cliente: escanee el primer artículo",
    "Save PDF  Ctrl+S": "Guardar PDF  Ctrl+S",
    "Save the receipt as PDF (Ctrl+S)": "Guardar el recibo como PDF (Ctrl+S)",
    "Something went wrong; the sale is safe. The error was logged.":
        "Algo salió mal; la venta está a salvo. El error quedó registrado.",
    "Refunded in full": "Reembolsado por completo",
    "Paid in full": "Pagado por completo",
    "Give {amount} change": "Dé {amount} de cambio",
    "Enter completes the refund": "Intro completa el reembolso",
    "Enter completes the sale": "Intro completa la venta",
    "To refund": "A reembolsar",
    "Still to pay": "Falta por pagar",
    "Change {amount}": "Cambio {amount}",
    "{amount} to go": "Faltan {amount}",
    "{tender}  {key}\nneeds approval": "{tender}  {key}\nrequiere aprobación",
    "{tender}  {key}\noriginal tender": "{tender}  {key}\npago original",
    "Complete refund  Enter": "Completar reembolso  Intro",
    "Complete the refund (Enter)": "Completar el reembolso (Intro)",
    "change {amount}": "cambio {amount}",
    "nothing left": "no queda nada",
    "{amount} left": "quedan {amount}",
    "Cash {amount} ({key})": "Efectivo {amount} ({key})",
    "That was a scan ({code}), not an amount. To add an item, go back to the sale (Esc).":
        "Eso fue un escaneo ({code}), no un importe. Para añadir un artículo, vuelva a la "
        "venta (Esc).",
    "A tender of zero pays nothing": "Un pago de cero no paga nada",
    "Type the amount handed over and press Enter, or choose a tender: F1 takes exactly what "
    "is due in cash.":
        "Escriba el importe entregado y pulse Intro, o elija una forma de pago: F1 cobra en "
        "efectivo exactamente lo que se debe.",
    "Only cash can be more than what is left ({amount})":
        "Solo el efectivo puede superar lo que queda ({amount})",
    "Approval code or last 4 digits (*1234)": "Código de autorización o últimos 4 dígitos (*1234)",
    "{tender} {amount}: type the approval code or the card's last 4 digits, then Enter. Esc "
    "cancels.":
        "{tender} {amount}: escriba el código de autorización o los últimos 4 dígitos de la "
        "tarjeta y pulse Intro. Esc cancela.",
    "refund {amount} to {tender}": "reembolsar {amount} a {tender}",
    "Saving…": "Guardando…",
    "Refund complete — receipt #{no}": "Reembolso completado — recibo n.º {no}",
    "Give {amount} cash": "Dé {amount} en efectivo",
    "Refunded {amount}": "Reembolsado {amount}",
    "{amount} to {tender}": "{amount} a {tender}",
    "Sale complete — receipt #{no}": "Venta completada — recibo n.º {no}",
    "No change": "Sin cambio",
    "Total {total}  ·  paid {paid}": "Total {total}  ·  pagado {paid}",
    "Enter: {choice}. A scan starts the next sale.":
        "Intro: {choice}. Un escaneo inicia la siguiente venta.",
    "Sale complete — receipt #{no}, change {amount}":
        "Venta completada — recibo n.º {no}, cambio {amount}",
    "Printing failed": "Falló la impresión",
    "{problem}. The sale is complete; Ctrl+R reprints.":
        "{problem}. La venta está completada; Ctrl+R vuelve a imprimir.",
    "Save receipt": "Guardar recibo",
    "Saved {path}": "Guardado en {path}",
    # ---- commission ---------------------------------------------------------------------
    "No records behind this figure in this period.":
        "No hay registros detrás de esta cifra en este periodo.",
    "Export CSV…": "Exportar CSV…",
    "Close  Esc": "Cerrar  Esc",
    "No commission yet this period.\nSales by staff on a commission plan appear here as soon "
    "as they are made (and, for other terminals, synced).":
        "Aún no hay comisiones en este periodo.\nLas ventas del personal con plan de comisión "
        "aparecen aquí en cuanto se hacen (y, de otras terminales, al sincronizarse).",
    "Staff": "Personal",
    "Sales (net)": "Ventas (netas)",
    "Clawbacks": "Reintegros",
    "Bonuses & tiers": "Bonos y tramos",
    "Tier progress": "Progreso del tramo",
    "Bonus progress": "Progreso del bono",
    "Review": "Revisión",
    "Double-click a figure to see the sales behind it ({n} lines)":
        "Doble clic en una cifra para ver las ventas que la forman ({n} líneas)",
    "No tiers": "Sin tramos",
    "No bonus": "Sin bono",
    "Time": "Hora",
    "Receipt": "Recibo",
    "Line": "Línea",
    "Kind": "Tipo",
    "Status": "Estado",
    "{n} record(s) · sales {sales} · commission {commission}":
        "{n} registro(s) · ventas {sales} · comisión {commission}",
    "Double-click a figure to see the sales behind it":
        "Doble clic en una cifra para ver las ventas que la forman",
    "One row per staff member, for payroll": "Una fila por empleado, para la nómina",
    "Export PDF…": "Exportar PDF…",
    "Loading…": "Cargando…",
    "Commission · {period}": "Comisión · {period}",
    "The commission report could not be read: {reason}":
        "No se pudo leer el informe de comisiones: {reason}",
    "{n} staff": "{n} empleados",
    "sales {amount}": "ventas {amount}",
    "commission {amount}": "comisión {amount}",
    "clawbacks {amount}": "reintegros {amount}",
    "bonuses & tiers {amount}": "bonos y tramos {amount}",
    "{n} record(s) need review": "{n} registro(s) por revisar",
    "not shown: {what}": "no mostrado: {what}",
    "{n} record(s) in {currency}": "{n} registro(s) en {currency}",
    "Team: {parts}": "Equipo: {parts}",
    "Export commission as {kind}": "Exportar comisiones como {kind}",
    "CSV files (*.csv)": "Archivos CSV (*.csv)",
    "PDF files (*.pdf)": "Archivos PDF (*.pdf)",
    "Export records as CSV": "Exportar registros como CSV",
    # ---- filters ------------------------------------------------------------------------
    "Today": "Hoy",
    "This week": "Esta semana",
    "This month": "Este mes",
    "Last month": "Mes pasado",
    "This year": "Este año",
    "Custom range": "Rango personalizado",
    "One terminal: the sales and returns rung up on it (tier and bonus progress stays "
    "store-wide). Tier adjustments and bonuses are under \"{label}\" and in \"All "
    "terminals\".":
        "Una terminal: las ventas y devoluciones cobradas en ella (el progreso de tramos y "
        "bonos sigue siendo de toda la tienda). Los ajustes de tramo y los bonos están en "
        "\"{label}\" y en \"Todas las terminales\".",
    "Store": "Tienda",
    "Terminal": "Terminal",
    "Period": "Periodo",
    "to": "a",
    "Refresh  F5": "Actualizar  F5",
    "Read again (and try the central database again if it was unreachable)":
        "Leer de nuevo (y reintentar la base de datos central si no se pudo acceder)",
    "Refresh": "Actualizar",
    "All stores": "Todas las tiendas",
    "All terminals": "Todas las terminales",
    "All staff": "Todo el personal",
    # ---- journal ------------------------------------------------------------------------
    "Seq": "N.º",
    "Action": "Acción",
    "Approved by": "Aprobado por",
    "Detail": "Detalle",
    "No journal records match.\nEvery sale, refund, void, line void, discount, price "
    "override, drawer opening, cash movement, shift, failed PIN, approval, catalog import and "
    "plan or staff change is written here as it happens.":
        "Ningún registro del diario coincide.\nCada venta, reembolso, anulación, línea "
        "anulada, descuento, cambio de precio, apertura de cajón, movimiento de efectivo, "
        "turno, PIN fallido, aprobación, importación de catálogo y cambio de plan o de "
        "personal se anota aquí en el momento.",
    "Verify chain": "Verificar cadena",
    "Recompute every record's MAC from the first one (as `pos-app verify-audit` does)":
        "Recalcular el MAC de cada registro desde el primero (como hace `pos-app "
        "verify-audit`)",
    "Verifying the chain…": "Verificando la cadena…",
    "Search sale, SKU, reason…": "Buscar venta, SKU, motivo…",
    "Words in the action, staff, sale id or detail; Enter to search":
        "Palabras de la acción, el personal, el id de venta o el detalle; Intro para buscar",
    "Source": "Origen",
    "From": "Desde",
    "Search": "Buscar",
    "All actions": "Todas las acciones",
    "Anyone": "Cualquiera",
    "The chain has not been verified yet": "La cadena aún no se ha verificado",
    "{status}  (checked {time})": "{status}  (verificado a las {time})",
    "The first broken record of this terminal's chain":
        "El primer registro roto de la cadena de esta terminal",
    "{n} record(s) (the newest shown; narrow the filter to see older ones) · newest first · "
    "records cannot be changed or deleted":
        "{n} registro(s) (se muestran los más recientes; afine el filtro para ver los "
        "anteriores) · los más recientes primero · los registros no se pueden cambiar ni borrar",
    "{n} record(s) · newest first · records cannot be changed or deleted":
        "{n} registro(s) · los más recientes primero · los registros no se pueden cambiar ni "
        "borrar",
    # ---- sign-in ------------------------------------------------------------------------
    "Sign in first: that was a scan, not a PIN. Choose your name and type your PIN, then "
    "scan.":
        "Inicie sesión primero: eso fue un escaneo, no un PIN. Elija su nombre y escriba su "
        "PIN; después, escanee.",
    "Sign in": "Iniciar sesión",
    "Choose your name, then type your PIN": "Elija su nombre y escriba su PIN",
    "DEMO STORE: nothing here is a real sale. Demo PINs:":
        "TIENDA DE DEMOSTRACIÓN: aquí nada es una venta real. PIN de prueba:",
    "Sign-in message": "Mensaje de inicio de sesión",
    "Manager unlock…": "Desbloqueo por gerente…",
    "Manager unlock": "Desbloqueo por gerente",
    "A manager enters their PIN to let the chosen person try again":
        "Un gerente escribe su PIN para que la persona elegida pueda volver a intentarlo",
    "Signing in: {name}": "Iniciando sesión: {name}",
    "You can try your PIN again now": "Ya puede volver a intentar su PIN",
    "{n} s": "{n} s",
    "{n} min": "{n} min",
    "Too many wrong PINs; try again in {wait}":
        "Demasiados PIN incorrectos; inténtelo de nuevo en {wait}",
    "Choose your name first: click it, or type its first letters or use the arrow keys":
        "Elija primero su nombre: haga clic, escriba sus primeras letras o use las flechas",
    "Type your PIN": "Escriba su PIN",
    "Checking…": "Comprobando…",
    "this person": "esta persona",
    "unlock {name}": "desbloquear a {name}",
    "Not unlocked: {reason}": "No desbloqueado: {reason}",
    "the error was logged.": "el error quedó registrado.",
    # ---- plans --------------------------------------------------------------------------
    "% of sales": "% de las ventas",
    "Fixed per unit": "Fijo por unidad",
    "Sales value": "Valor de ventas",
    "Units": "Unidades",
    "Marginal (each band at its rate)": "Marginal (cada tramo a su tasa)",
    "Whole period (all at the tier reached)": "Periodo completo (todo al tramo alcanzado)",
    "SKU": "SKU",
    "Collection": "Colección",
    "Product\ntype": "Tipo de\nproducto",
    "Role": "Rol",
    "Remove selected": "Quitar selección",
    "No plans yet. A new one is open on the right: name it, give it a rate, save.":
        "Aún no hay planes. Hay uno nuevo abierto a la derecha: póngale nombre, una tasa y "
        "guárdelo.",
    "New plan": "Nuevo plan",
    "Reload plan": "Recargar plan",
    "Preview": "Vista previa",
    "What this plan would have paid, next to what was paid (nothing is saved)":
        "Lo que este plan habría pagado, junto a lo pagado (no se guarda nada)",
    "Save plan  Ctrl+S": "Guardar plan  Ctrl+S",
    "Plan": "Plan",
    "e.g. Floor staff 2027": "p. ej. Personal de sala 2027",
    "made from the name": "se genera a partir del nombre",
    "Month": "Mes",
    "Week (Monday first)": "Semana (empieza el lunes)",
    "Ends on": "Termina el",
    "Everyone (or names, separated by commas)": "Todos (o nombres separados por comas)",
    "Name": "Nombre",
    "Id": "Id",
    "Currency": "Moneda",
    "Starts": "Empieza",
    "(none ticked: every role)": "(ninguno marcado: todos los roles)",
    "Roles": "Roles",
    "Rates": "Tasas",
    "Rate": "Tasa",
    "Add rate": "Añadir tasa",
    "The most specific matching row pays (SKU, then collection, then product type; then "
    "staff member, then role). Empty cells match anything.":
        "Paga la fila coincidente más específica (SKU, luego colección, luego tipo de "
        "producto; luego empleado, luego rol). Las celdas vacías coinciden con todo.",
    "Spiffs (a fixed amount per unit, on top of the rate)":
        "Incentivos (un importe fijo por unidad, además de la tasa)",
    "Amount\nper unit": "Importe\npor unidad",
    "Add spiff": "Añadir incentivo",
    "Tiers": "Tramos",
    "Pay a tiered rate on the period's sales": "Pagar una tasa por tramos sobre las ventas del "
                                               "periodo",
    "by": "por",
    "From (sales value or units)": "Desde (valor de ventas o unidades)",
    "Rate %": "Tasa %",
    "Add tier": "Añadir tramo",
    "The first tier starts at 0; each next one starts higher.":
        "El primer tramo empieza en 0; cada uno de los siguientes empieza más arriba.",
    "Bonuses (paid once the period reaches a threshold)":
        "Bonos (se pagan cuando el periodo alcanza un umbral)",
    "Measure": "Medida",
    "Threshold": "Umbral",
    "Bonus amount": "Importe del bono",
    "Add bonus": "Añadir bono",
    "Press Preview to see what this plan would have paid last period, next to what was paid. "
    "Nothing is saved.":
        "Pulse Vista previa para ver lo que este plan habría pagado el periodo pasado, junto "
        "a lo pagado. No se guarda nada.",
    "Paid": "Pagado",
    "Would pay": "Pagaría",
    "Difference": "Diferencia",
    "Only a manager or owner can change commission plans.":
        "Solo un gerente o el propietario pueden cambiar los planes de comisión.",
    "store {store}": "tienda {store}",
    "all stores": "todas las tiendas",
    " to {date}": " al {date}",
    "{name}\nversion {version} · {scope}\nfrom {date}{until}":
        "{name}\nversión {version} · {scope}\ndesde el {date}{until}",
    "Editing “{name}”, version {version}.": "Editando «{name}», versión {version}.",
    "A new plan: give it a name and at least one rate, spiff, tier or bonus.":
        "Un plan nuevo: póngale un nombre y al menos una tasa, incentivo, tramo o bono.",
    "Not saved: fix the fields marked in red.": "No guardado: corrija los campos en rojo.",
    "Not saved: a plan with the id “{id}” already exists. Choose another id.":
        "No guardado: ya existe un plan con el id «{id}». Elija otro id.",
    "Not saved: someone else saved “{name}” while you were editing (you started from version "
    "{expected}; it is now version {actual}). Reload it to see their changes, then make "
    "yours again.":
        "No guardado: otra persona guardó «{name}» mientras usted editaba (partió de la "
        "versión {expected}; ahora es la versión {actual}). Recárguelo para ver sus cambios y "
        "vuelva a hacer los suyos.",
    "Not saved: {reason}": "No guardado: {reason}",
    "Saved “{name}” as version {version}. Terminals pick it up at their next sync.":
        "Guardado «{name}» como versión {version}. Las terminales lo recibirán en su próxima "
        "sincronización.",
    "Last period ({period})": "Periodo anterior ({period})",
    "This period so far ({period})": "Este periodo hasta ahora ({period})",
    "Cannot preview: fix the fields marked in red.":
        "No se puede previsualizar: corrija los campos en rojo.",
    "Working out what “{name}” would have paid in {period}…":
        "Calculando lo que «{name}» habría pagado en {period}…",
    "central database": "base de datos central",
    "this terminal only": "solo esta terminal",
    "What “{name}” would have paid in {period} ({source}), next to what was paid. Nothing "
    "was saved.":
        "Lo que «{name}» habría pagado en {period} ({source}), junto a lo pagado. No se "
        "guardó nada.",
    "Total": "Total",
    "Nobody this plan covers sold anything in {period}.":
        "Nadie cubierto por este plan vendió nada en {period}.",
    "Previewed against {period}.": "Vista previa con {period}.",
    # ---- review -------------------------------------------------------------------------
    "Nothing needs review.\nA sale whose commission cannot be worked out (no plan covers the "
    "seller, or a plan is broken) still completes; its records wait here until a plan covers "
    "them.":
        "No hay nada por revisar.\nUna venta cuya comisión no se puede calcular (ningún plan "
        "cubre al vendedor o un plan está dañado) se completa igualmente; sus registros "
        "esperan aquí hasta que un plan los cubra.",
    "Why": "Motivo",
    "Recalculate with current plans": "Recalcular con los planes actuales",
    "Work out these records again with the plans this terminal has now (after a plan was "
    "fixed and pulled)":
        "Calcular de nuevo estos registros con los planes que tiene ahora esta terminal "
        "(tras corregir y recibir un plan)",
    "Every record waiting for review, whatever the period, for the store, terminal and staff "
    "chosen above.":
        "Todos los registros pendientes de revisión, sea cual sea el periodo, para la "
        "tienda, la terminal y el personal elegidos arriba.",
    "needs review": "por revisar",
    "Recalculated: {n} record(s) fixed": "Recalculado: {n} registro(s) corregido(s)",
    # ---- sale ---------------------------------------------------------------------------
    "Cart": "Carrito",
    "Scan an item or type to search. 3* then scan sells three.":
        "Escanee un artículo o escriba para buscar. 3* y después escanear vende tres.",
    "Remove": "Quitar",
    "Hold": "Aparcar",
    "Held": "Aparcadas",
    "Void": "Anular",
    "Return": "Devolución",
    "Shift": "Turno",
    "Stock": "Inventario",
    "Sign out": "Salir",
    "Stock count (F11); stock needing attention (Shift+F11)":
        "Recuento de inventario (F11); inventario que requiere atención (Mayús+F11)",
    "Scan or type barcode, SKU or name": "Código de barras, SKU o nombre",
    "Scan or search": "Escanear o buscar",
    "Search results": "Resultados de búsqueda",
    "Pay  F12": "Cobrar  F12",
    "Pay (F12)": "Cobrar (F12)",
    "Subtotal": "Subtotal",
    "Discounts": "Descuentos",
    "Refund  F12": "Reembolsar  F12",
    "Refund (F12)": "Reembolsar (F12)",
    "No products yet: import a catalog or sync with Shopify.":
        "Aún no hay productos: importe un catálogo o sincronice con Shopify.",
    "Nothing matches “{text}”": "Nada coincide con «{text}»",
    "Check the spelling, or scan the item": "Revise la ortografía o escanee el artículo",
    "{product}: choose a variant (↑ ↓ then Enter, or touch it)":
        "{product}: elija una variante (↑ ↓ e Intro, o tóquela)",
    "from {price}": "desde {price}",
    "{n} variants — Enter to choose": "{n} variantes — Intro para elegir",
    "{n} in stock": "{n} en stock",
    "Barcode {code} did not scan right (wrong check digit) — scan it again or type the number":
        "El código {code} no se leyó bien (dígito de control erróneo) — escanéelo de nuevo o "
        "escriba el número",
    "“{code}” is not a barcode or SKU we can read — scan it again or search by name":
        "«{code}» no es un código de barras ni un SKU legible — escanéelo de nuevo o busque "
        "por nombre",
    "No product with barcode {code} — check the number or search by name":
        "No hay ningún producto con el código de barras {code} — revise el número o busque "
        "por nombre",
    "No product with SKU or code {code} — check it or search by name":
        "No hay ningún producto con el SKU o código {code} — revíselo o busque por nombre",
    "1 item": "1 artículo",
    "{n} items": "{n} artículos",
    "{n} returned": "{n} devueltos",
    # ---- shift --------------------------------------------------------------------------
    "Cash in drawer": "Efectivo en el cajón",
    "Card terminal batch": "Lote del datáfono",
    "Gift cards": "Tarjetas regalo",
    "Not an amount: {text}": "No es un importe: {text}",
    "Print": "Imprimir",
    "Print the report": "Imprimir el informe",
    "Open shift": "Abrir turno",
    "Open the shift: count the float in the drawer":
        "Abra el turno: cuente el fondo de caja del cajón",
    "Float, e.g. {amount}": "Fondo, p. ej. {amount}",
    "Opening float": "Fondo inicial",
    "Open shift (Enter)": "Abrir turno (Intro)",
    "Could not open the shift": "No se pudo abrir el turno",
    "Shift open since {time} by {name}": "Turno abierto desde {time} por {name}",
    "No shift is open": "No hay ningún turno abierto",
    "Cash in or out amount": "Importe de entrada o salida de efectivo",
    "Reason (e.g. change from bank, supplier paid)":
        "Motivo (p. ej. cambio del banco, proveedor)",
    "Reason": "Motivo",
    "Cash in": "Entrada de efectivo",
    "Cash out": "Salida de efectivo",
    "X report": "Informe X",
    "Close the shift: count each tender. Expected amounts are not shown (blind count).":
        "Cierre el turno: cuente cada forma de pago. No se muestran los importes esperados "
        "(recuento a ciegas).",
    "Counted amount": "Importe contado",
    "Close shift and print Z report": "Cerrar turno e imprimir informe Z",
    "Back (Esc)": "Volver (Esc)",
    "Close (Esc)": "Cerrar (Esc)",
    "Close the report": "Cerrar el informe",
    "Print (Ctrl+P)": "Imprimir (Ctrl+P)",
    "Cash in (F2)": "Entrada de efectivo (F2)",
    "Cash out (F3)": "Salida de efectivo (F3)",
    "X report (F4)": "Informe X (F4)",
    "Close shift and print Z report (F12)": "Cerrar turno e imprimir informe Z (F12)",
    "Back": "Volver",
    "That did not work; logged.": "No funcionó; quedó registrado.",
    "Cash out recorded": "Salida de efectivo registrada",
    "Cash in recorded": "Entrada de efectivo registrada",
    "cash out {amount} ({reason})": "salida de efectivo {amount} ({reason})",
    "no reason": "sin motivo",
    "Count {tender} first": "Cuente primero: {tender}",
    "Z report": "Informe Z",
    # ---- stock --------------------------------------------------------------------------
    "What happened": "Qué pasó",
    "When": "Cuándo",
    "Shopify is not set up on this terminal: there is no stock to reconcile.":
        "Shopify no está configurado en esta terminal: no hay inventario que conciliar.",
    "Nothing needs attention. Oversells after offline periods, counts that Shopify moved "
    "meanwhile, unknown SKUs and stock changes Shopify refused appear here.":
        "Nada requiere atención. Aquí aparecen las sobreventas tras periodos sin conexión, "
        "los recuentos que Shopify cambió entretanto, los SKU desconocidos y los cambios de "
        "inventario que Shopify rechazó.",
    "Stock needing attention": "Inventario que requiere atención",
    "Look into each item (recount the shelf, check the online order), then resolve it. "
    "Resolved items leave this list and stay in the audit log. A stock change Shopify "
    "refused: fix the cause in Shopify and press Send again, or resolve it if you put the "
    "stock right in Shopify yourself (it is then never sent).":
        "Revise cada artículo (vuelva a contar el estante, compruebe el pedido en línea) y "
        "resuélvalo. Los resueltos salen de esta lista y quedan en el registro de auditoría. Un cambio de inventario que Shopify rechazó: "
        "corrija la causa en Shopify y pulse Enviar de nuevo, o resuélvalo si usted mismo "
        "corrigió el inventario en Shopify (entonces no se envía nunca).",
    "stock attention list": "lista de inventario por atender",
    "Resolve selected  Enter": "Resolver selección  Intro",
    "Resolve selected": "Resolver selección",
    "Send again  Ctrl+R": "Enviar de nuevo  Ctrl+R",
    "Send again": "Enviar de nuevo",
    "Once the cause is fixed in Shopify, send every stock change it set aside again, with "
    "the next sync":
        "Una vez corregida la causa en Shopify, vuelva a enviar todos los cambios de "
        "inventario que apartó, con la próxima sincronización",
    "Nothing to send again: no stock change is set aside any more.":
        "Nada que volver a enviar: ya no hay cambios de inventario apartados.",
    "Sent again: 1 stock change. It goes to Shopify with the next sync.":
        "Enviado de nuevo: 1 cambio de inventario. Llega a Shopify con la próxima "
        "sincronización.",
    "Sent again: {n} stock changes. They go to Shopify with the next sync.":
        "Enviados de nuevo: {n} cambios de inventario. Llegan a Shopify con la próxima "
        "sincronización.",
    "Close": "Cerrar",
    "Managers only: enter a manager PIN to see the list.":
        "Solo gerentes: escriba un PIN de gerente para ver la lista.",
    "Resolved: {what} for {sku}": "Resuelto: {what} de {sku}",
    "Resolved: {what}": "Resuelto: {what}",
    "Counted": "Contado",
    "Sellable": "Vendible",
    "Shopify is not set up on this terminal. Counts are recorded against Shopify's stock, so "
    "they cannot be taken here; ask a manager to set up [shopify] in the terminal's config.":
        "Shopify no está configurado en esta terminal. Los recuentos se registran contra el "
        "inventario de Shopify, así que no se pueden hacer aquí; pida a un gerente que "
        "configure [shopify] en la configuración de la terminal.",
    "Something went wrong; nothing was lost. The error was logged.":
        "Algo salió mal; no se perdió nada. El error quedó registrado.",
    "unknown — not yet synced": "desconocido — aún sin sincronizar",
    "unknown — Shopify not set up": "desconocido — Shopify sin configurar",
    "Manager approval: {what}": "Aprobación de gerente: {what}",
    "Manager approval: {what}. Choose who approves; they type their PIN, then Enter.":
        "Aprobación de gerente: {what}. Elija quién aprueba; esa persona escribe su PIN y "
        "pulsa Intro.",
    "Approver": "Aprobador",
    "Approver's PIN": "PIN del aprobador",
    "Stock count": "Recuento de inventario",
    "Checking the connection to Shopify…": "Comprobando la conexión con Shopify…",
    "Scan or type barcode or SKU, then Enter":
        "Escanee o escriba el código de barras o el SKU y pulse Intro",
    "Item barcode or SKU": "Código de barras o SKU del artículo",
    "No item yet: scan the shelf label or the product.":
        "Aún no hay artículo: escanee la etiqueta del estante o el producto.",
    "On the shelf": "En el estante",
    "Units counted, then Enter": "Unidades contadas y después Intro",
    "Units on the shelf": "Unidades en el estante",
    "Record count  Enter": "Registrar recuento  Intro",
    "count stock": "contar inventario",
    "Items counted in this sitting": "Artículos contados en esta sesión",
    "Items counted in this sitting appear here.": "Aquí aparecen los artículos contados en "
                                                  "esta sesión.",
    "Needs attention  Shift+F11": "Requiere atención  Mayús+F11",
    "Shopify is reachable: counts go to Shopify at the next sync, against what it had when "
    "you counted.":
        "Shopify está accesible: los recuentos se envían en la próxima sincronización, "
        "contra lo que tenía cuando contó.",
    "Shopify is not reachable right now. Counting still works: counts are kept here and will "
    "be sent when Shopify is reachable, as the difference to what this terminal expected.":
        "Ahora mismo no se puede acceder a Shopify. El recuento sigue funcionando: los "
        "recuentos se guardan aquí y se enviarán cuando Shopify esté accesible, como la "
        "diferencia con lo que esperaba esta terminal.",
    "{n} stock change(s) waiting for Shopify": "{n} cambio(s) de inventario esperando a Shopify",
    "Nothing waiting for Shopify": "Nada esperando a Shopify",
    "Needs attention ({n})  Shift+F11": "Requiere atención ({n})  Mayús+F11",
    "Scan or type an item first": "Escanee o escriba primero un artículo",
    "SKU {sku}": "SKU {sku}",
    " · barcode {barcode}": " · código de barras {barcode}",
    " · sellable here (estimate): {n}": " · vendible aquí (estimación): {n}",
    "{title} is not stock-tracked in Shopify; there is nothing to count.":
        "{title} no lleva control de inventario en Shopify; no hay nada que contar.",
    "No count recorded for {title}; looking up the scanned code.":
        "No se registró recuento de {title}; buscando el código escaneado.",
    "Type the number of units on the shelf as a whole number, e.g. 12 (not {text})":
        "Escriba el número de unidades del estante como número entero, p. ej. 12 (no {text})",
    "Type how many are on the shelf (0 if it is empty)":
        "Escriba cuántas hay en el estante (0 si está vacío)",
    "Recorded: {n} × {title}. It goes to Shopify at the next sync.":
        "Registrado: {n} × {title}. Se envía a Shopify en la próxima sincronización.",
    "Recorded: {n} × {title}. Shopify is not reachable: it will be sent when Shopify is "
    "reachable.":
        "Registrado: {n} × {title}. No se puede acceder a Shopify: se enviará cuando esté "
        "accesible.",
    "Next item: scan or type its barcode or SKU.":
        "Siguiente artículo: escanee o escriba su código de barras o SKU.",
    "{reason}. Nothing was recorded yet.": "{reason}. Aún no se registró nada.",
    "Counting with manager approval": "Contando con aprobación de gerente",
    "Recorded · sent at next sync": "Registrado · se envía en la próxima sincronización",
    "Pending · sent when Shopify is reachable": "Pendiente · se envía cuando Shopify esté "
                                                "accesible",
    # ---- window and status bar ----------------------------------------------------------
    "{store} — terminal {terminal}": "{store} — terminal {terminal}",
    "Signed out": "Sesión cerrada",
    "Terminal {terminal}": "Terminal {terminal}",
    "Open the sync status": "Abrir el estado de sincronización",
    "Sync status": "Estado de sincronización",
    "Shopify status": "Estado de Shopify",
    "Central database status": "Estado de la base de datos central",
    "Sign-in failed; the error was logged.":
        "Falló el inicio de sesión; el error quedó registrado.",
    "Cashier: {name}": "Cajero: {name}",
    "Locked. Sign in to continue; the open sale is kept.":
        "Bloqueado. Inicie sesión para continuar; la venta abierta se conserva.",
    "Status unavailable": "Estado no disponible",
    "Shift open": "Turno abierto",
    "No shift open": "Sin turno abierto",
    "Sync: {n} waiting": "Sinc.: {n} en espera",
    "Sync: up to date": "Sinc.: al día",
    " (oldest {n} min)": " (el más antiguo, {n} min)",
    "Central: online, last sync {time}": "Central: en línea, última sinc. {time}",
    "Central: offline since {time} — selling continues":
        "Central: sin conexión desde {time} — se sigue vendiendo",
    "start": "el inicio",
    "Central: PAUSED, needs a manager — sales stay queued":
        "Central: EN PAUSA, requiere un gerente — las ventas siguen en cola",
    "Central: not synced yet": "Central: aún sin sincronizar",
    "Shopify: not set up": "Shopify: sin configurar",
    "Shopify (demo shop)": "Shopify (tienda de prueba)",
    "{name}: offline, last sync {time} — selling continues":
        "{name}: sin conexión, última sinc. {time} — se sigue vendiendo",
    "{name}: offline — selling continues": "{name}: sin conexión — se sigue vendiendo",
    "{name}: last sync {time}": "{name}: última sinc. {time}",
    "{name}: not synced yet": "{name}: aún sin sincronizar",
    ", {n} stock change(s) waiting": ", {n} cambio(s) de inventario en espera",
    ", {n} need attention": ", {n} requieren atención",
    "Central database: {state}": "Base de datos central: {state}",
    "unknown": "desconocido",
    " · last sync {time}": " · última sinc. {time}",
    "Last error: {error}": "Último error: {error}",
    "Queue": "Cola",
    "Waiting": "En espera",
    "Oldest waiting since": "El más antiguo espera desde",
    "Needs attention": "Requiere atención",
    "Sync queues": "Colas de sincronización",
    "Nothing has been queued yet: completed sales appear here until they reach the central "
    "database and Shopify.":
        "Aún no hay nada en cola: las ventas completadas aparecen aquí hasta que llegan a la "
        "base de datos central y a Shopify.",
    # ---- checkout, later strings
    'Clear what was typed':
        'Borrar lo escrito',
    'Enter completes. Del removes the selected tender (Up/Down choose it).':
        'Intro completa. Supr quita el pago seleccionado (Arriba/Abajo para elegirlo).',
    'Enter refunds it to {tender}, as it was paid. Another tender needs a supervisor.':
        'Intro lo reembolsa a {tender}, como se pagó. Otra forma de pago requiere un supervisor.',
    'Type the amount handed over and press Enter for cash, or choose a tender (F1-F4).':
        'Escriba el importe entregado y pulse Intro para efectivo, o elija una forma de pago (F1-F4).',
    'Reference: after Card, Store credit or Gift card':
        'Referencia (tras F2, F3 o F4)',
    # ---- checkout, later strings (2)
    'The drawer did not answer':
        'El cajón no respondió',
    '{problem}: the drawer did not open. The sale is complete.':
        '{problem}: el cajón no se abrió. La venta está completada.',
    'The default: Enter':
        'La opción por defecto: Intro',
    # ---- sync status
    'Send the {n} refused row(s) again (R)':
        'Enviar de nuevo las {n} fila(s) rechazada(s) (R)',
    'Send refused rows again':
        'Enviar de nuevo las filas rechazadas',
    # ---- the commission line (services/counter.py)
    'This sale: commission needs review (a manager will check)':
        'Esta venta: la comisión requiere revisión (la comprobará un gerente)',
    'This sale {amount}':
        'Esta venta {amount}',
    ' (of {amount} shared)':
        ' (de {amount} compartidos)',
    '{n} units':
        '{n} unidades',
    'tier {tier}/{tiers}, {amount} to tier {next}':
        'tramo {tier}/{tiers}, {amount} para el tramo {next}',
    'top tier ({tiers}/{tiers})':
        'tramo máximo ({tiers}/{tiers})',
    '{amount} to a {bonus} bonus':
        '{amount} para un bono de {bonus}',
    'bonus {amount} earned':
        'bono de {amount} ganado',
    'this till only':
        'solo esta caja',
    # ---- receipts (services/receipts.py)
    'POST-VOID of receipt {no}':
        'ANULACIÓN del recibo {no}',
    'POST-VOID':
        'ANULACIÓN',
    'RETURN':
        'DEVOLUCIÓN',
    'EXCHANGE':
        'CAMBIO DE PRODUCTO',
    '{tender} refund':
        'Reembolso {tender}',
    'Thank you!':
        '¡Gracias!',
    'REPRINT':
        'REIMPRESIÓN',
    'Receipt {no}':
        'Recibo {no}',
    'RETURN of receipt {no}':
        'DEVOLUCIÓN del recibo {no}',
    'REFUND':
        'REEMBOLSO',
    'TOTAL':
        'TOTAL',
    'incl. {tax}':
        'incl. {tax}',
    'Cash rounding':
        'Redondeo de efectivo',
    'CHANGE':
        'CAMBIO',
    # ---- X/Z reports (services/report_text.py) and the staff screen
    'Over':
        'Sobrante',
    'Short':
        'Faltante',
    'Balanced':
        'Cuadrado',
    'Opened':
        'Abierto',
    'Opened by':
        'Abierto por',
    'Closed':
        'Cerrado',
    'Closed by':
        'Cerrado por',
    'Printed':
        'Impreso',
    'Shift ref.':
        'Ref. turno',
    'SALES':
        'VENTAS',
    'Transactions':
        'Transacciones',
    'Sales':
        'Ventas',
    'With returns':
        'Con devoluciones',
    'Voided before payment':
        'Anuladas antes del pago',
    'Lines voided':
        'Líneas anuladas',
    'Lines voided, value':
        'Líneas anuladas, valor',
    'Items sold':
        'Artículos vendidos',
    'Items returned':
        'Artículos devueltos',
    'Gross sales':
        'Ventas brutas',
    'Refunds':
        'Reembolsos',
    'Net sales':
        'Ventas netas',
    'Tax added':
        'Impuesto añadido',
    'Sales total':
        'Total de ventas',
    'TAX BY RATE':
        'IMPUESTO POR TIPO',
    'No tax':
        'Sin impuesto',
    'Total tax':
        'Impuesto total',
    'Tax is included in the prices above':
        'El impuesto está incluido en los precios',
    'TAKINGS BY TENDER':
        'COBROS POR FORMA DE PAGO',
    'Refunded ({n})':
        'Reembolsado ({n})',
    'Net {tender}':
        '{tender} neto',
    'Total takings':
        'Total cobrado',
    'Rounding':
        'Redondeo',
    'CASH DRAWER':
        'CAJÓN',
    'Cash payments (net)':
        'Pagos en efectivo (netos)',
    'Paid in':
        'Entradas',
    'Paid out':
        'Salidas',
    'Expected in drawer':
        'Esperado en el cajón',
    'PAID IN / PAID OUT':
        'ENTRADAS / SALIDAS',
    'In':
        'Entrada',
    'Out':
        'Salida',
    'X REPORT':
        'INFORME X',
    'Shift still open - not a closing report':
        'Turno aún abierto - no es un informe de cierre',
    'EXPECTED BY TENDER':
        'ESPERADO POR FORMA DE PAGO',
    'Expected':
        'Esperado',
    'Z REPORT No. {n}':
        'INFORME Z N.º {n}',
    'CLOSING COUNT (BLIND)':
        'RECUENTO DE CIERRE (A CIEGAS)',
    'Total expected':
        'Total esperado',
    'Total counted':
        'Total contado',
    'Total {variance}':
        'Total {variance}',
    'Cash counted less float':
        'Efectivo contado menos fondo',
    'END OF Z REPORT No. {n}':
        'FIN DEL INFORME Z N.º {n}',
    'No Z reports yet':
        'Aún no hay informes Z',
    'Z {n}':
        'Z {n}',
    'Nobody here yet.\nAdd the people who sell and approve (Ctrl+N): each gets a PIN, and signs in on every till of the store after its next sync.':
        'Aún no hay nadie.\nAñada a las personas que venden y aprueban (Ctrl+N): cada una recibe un PIN e inicia sesión en todas las cajas de la tienda tras su próxima sincronización.',
    'Cashier':
        'Cajero',
    'Supervisor':
        'Supervisor',
    'Manager':
        'Gerente',
    'Owner':
        'Propietario',
    'New PIN ({low} to {high} digits)':
        'PIN nuevo (de {low} a {high} dígitos)',
    'New PIN':
        'PIN nuevo',
    'That was a scan, not a PIN: type the PIN':
        'Eso fue un escaneo, no un PIN: escriba el PIN',
    'A PIN is {low} to {high} digits':
        'Un PIN tiene de {low} a {high} dígitos',
    'Type the same PIN again':
        'Escriba el mismo PIN otra vez',
    'The two PINs were not the same; type the new PIN again':
        'Los dos PIN no coinciden; escriba de nuevo el PIN nuevo',
    'Name, as the sign-in list shows it':
        'Nombre, tal como aparece en la lista de inicio de sesión',
    'Save (Enter)':
        'Guardar (Intro)',
    'Next (Enter)':
        'Siguiente (Intro)',
    'Save':
        'Guardar',
    'Cancel (Esc)':
        'Cancelar (Esc)',
    'Cancel':
        'Cancelar',
    "Type the person's name first":
        'Escriba primero el nombre de la persona',
    'Show leavers (Ctrl+L)':
        'Mostrar bajas (Ctrl+L)',
    'Show leavers':
        'Mostrar bajas',
    'Add (Ctrl+N)':
        'Añadir (Ctrl+N)',
    'Add a person':
        'Añadir una persona',
    'Change PIN (Ctrl+P)':
        'Cambiar PIN (Ctrl+P)',
    'Change PIN':
        'Cambiar PIN',
    'Role (Ctrl+R)':
        'Rol (Ctrl+R)',
    'Change role':
        'Cambiar rol',
    'Deactivate (Del)':
        'Dar de baja (Supr)',
    'Deactivate':
        'Dar de baja',
    'Bring back (Ctrl+B)':
        'Reincorporar (Ctrl+B)',
    'Bring back':
        'Reincorporar',
    "Changes reach the store's other tills at their next sync; a deactivated person is refused on this till at once.":
        'Los cambios llegan a las otras cajas de la tienda en su próxima sincronización; una persona dada de baja queda rechazada en esta caja al instante.',
    'Deactivated':
        'De baja',
    'No PIN yet':
        'Aún sin PIN',
    'Active':
        'Activo',
    "{name} added: they sign in here now, and on the store's other tills after their next sync.":
        '{name} añadido/a: inicia sesión aquí ya, y en las otras cajas de la tienda tras su próxima sincronización.',
    'New PIN for {name}':
        'PIN nuevo para {name}',
    '{name} has a new PIN.':
        '{name} tiene un PIN nuevo.',
    'Role of {name}':
        'Rol de {name}',
    '{name} is now: {role}.':
        '{name} ahora es: {role}.',
    'Deactivate {name}?':
        '¿Dar de baja a {name}?',
    "They cannot sign in on this till from now, nor on the store's other tills after their next sync. Their name stays on past sales.":
        'Desde ahora no podrá iniciar sesión en esta caja, ni en las otras cajas de la tienda tras su próxima sincronización. Su nombre se mantiene en las ventas pasadas.',
    'Deactivate (Enter)':
        'Dar de baja (Intro)',
    '{name} is deactivated.':
        '{name} está dado/a de baja.',
    'Bring back {name}, with a new PIN':
        'Reincorporar a {name}, con un PIN nuevo',
    '{name} is back.':
        '{name} se ha reincorporado.',
    'Confirm':
        'Confirmar',
    # ---- returns
    ' (till {till})':
        ' (caja {till})',
    'Add the refund to the sale':
        'Añadir el reembolso a la venta',
    'Adding the return…':
        'Añadiendo la devolución…',
    'Cancel the return':
        'Cancelar la devolución',
    'Choose why it comes back (F1…)':
        'Elija por qué se devuelve (F1…)',
    'Choose why {title} comes back (F1…)':
        'Elija por qué se devuelve {title} (F1…)',
    'Could not look up the receipt; the error was logged.':
        'No se pudo buscar el recibo; el error quedó registrado.',
    'Date and time':
        'Fecha y hora',
    'Day':
        'Día',
    'Day of the sale':
        'Día de la venta',
    'Esc  Cancel':
        'Esc  Cancelar',
    'Everything on receipt #{no} was already returned':
        'Todo lo del recibo n.º {no} ya se devolvió',
    'F10  No receipt':
        'F10  Sin recibo',
    'F9  Restock: no':
        'F9  Reponer: no',
    'F9  Restock: yes':
        'F9  Reponer: sí',
    'Find  Enter':
        'Buscar  Intro',
    'Find by time':
        'Buscar por hora',
    'Find by total':
        'Buscar por total',
    'Find sales by day and time':
        'Buscar ventas por día y hora',
    'Find sales by their total':
        'Buscar ventas por su total',
    'Find the receipt':
        'Buscar el recibo',
    'Finding sales…':
        'Buscando ventas…',
    'From time':
        'Desde la hora',
    'Item to return':
        'Artículo a devolver',
    'Lines of the receipt':
        'Líneas del recibo',
    'Looking up receipt {ref}…':
        'Buscando el recibo {ref}…',
    'No':
        'No',
    'No sale found; check the day, the times or the total':
        'No se encontró ninguna venta; revise el día, las horas o el total',
    'Not a receipt number: {text}':
        'No es un número de recibo: {text}',
    'One fewer':
        'Uno menos',
    'One fewer {title}':
        'Un {title} menos',
    'One more':
        'Uno más',
    'One more {title}':
        'Un {title} más',
    'Only {n} of {title} can still be returned ({done} of {sold} already returned)':
        'Solo se pueden devolver {n} de {title} ({done} de {sold} ya devueltos)',
    'Paid each':
        'Pagado por unidad',
    'Quantity':
        'Cantidad',
    'Quantity to return':
        'Cantidad a devolver',
    'Quantity to return of {title}':
        'Cantidad a devolver de {title}',
    'Reason: {reason}':
        'Motivo: {reason}',
    'Receipt #{no}{till}':
        'Recibo n.º {no}{till}',
    'Receipt number':
        'Número de recibo',
    "Receipt number, or scan the receipt's barcode":
        'Número de recibo, o escanee el código de barras del recibo',
    'Refund {amount}  F12':
        'Reembolsar {amount}  F12',
    'Refund {n} items  F12':
        'Reembolsar {n} artículos  F12',
    'Restock':
        'Reponer',
    'Restock {title}':
        'Reponer {title}',
    'Return or refund':
        'Devolución o reembolso',
    'Return status':
        'Estado de la devolución',
    'Return without a receipt':
        'Devolución sin recibo',
    'Return without a receipt (a manager approves)':
        'Devolución sin recibo (la aprueba un gerente)',
    'Returned':
        'Devuelto',
    'Sale total to find':
        'Total de la venta a buscar',
    'Sales found':
        'Ventas encontradas',
    'Scan or type the barcode or SKU':
        'Escanee o escriba el código de barras o el SKU',
    'Scan or type the item that comes back':
        'Escanee o escriba el artículo que se devuelve',
    'Scan the item, type how many come back, choose why (F1…), then F12':
        'Escanee el artículo, escriba cuántos se devuelven, elija el motivo (F1…) y pulse F12',
    'Sold':
        'Vendido',
    'To time':
        'Hasta la hora',
    'Type how many come back (1 or more)':
        'Escriba cuántos se devuelven (1 o más)',
    'Type how many of which item come back':
        'Escriba cuántos de qué artículo se devuelven',
    "Damaged": "Dañado",
    "Wrong size": "Talla incorrecta",
    "Changed mind": "Cambio de opinión",
    "Faulty": "Defectuoso",
    'Why:':
        'Motivo:',
    'Yes':
        'Sí',
    'from':
        'desde',
    'no tenders':
        'sin pagos',
    'paid with {tenders}':
        'pagado con {tenders}',
    'return without a receipt: {qty} × {code}':
        'devolución sin recibo: {qty} × {code}',
    'total {amount}':
        'total {amount}',
    '{n} sales found: choose one (Up, Down, Enter)':
        '{n} ventas encontradas: elija una (Arriba, Abajo, Intro)',
    '{title} was already returned':
        '{title} ya se devolvió',
    # ---- returns: fields with a key (Alt+letter)
    '&Day':
        '&Día',
    '&Receipt':
        '&Recibo',
    '&from':
        '&desde',
    '&to':
        '&hasta',
    'T&otal':
        'T&otal',
    # ---- amounts refused (ui/i18n.py error_text)
    'Count':
        'Recuento',
    'Float':
        'Fondo',
    # ---- discount, approval, PIN pad, held sales, stock attention kinds
    'A discount cannot be more than 100 %':
        'Un descuento no puede superar el 100 %',
    'A discount cannot be negative':
        'Un descuento no puede ser negativo',
    'Amount {symbol} (Alt+A)':
        'Importe {symbol} (Alt+A)',
    'Amount, e.g. {example}; 0 removes the discount':
        'Importe, p. ej. {example}; 0 quita el descuento',
    'Applies it at once; key {key}':
        'Se aplica al momento; tecla {key}',
    'Apply (Enter)':
        'Aplicar (Intro)',
    'Apply the discount':
        'Aplicar el descuento',
    'Approval message':
        'Mensaje de aprobación',
    'Approve':
        'Aprobar',
    'Approve (Enter)':
        'Aprobar (Intro)',
    'Barcode on two SKUs':
        'Código de barras en dos SKU',
    'Cancel approval':
        'Cancelar la aprobación',
    'Cancel the discount':
        'Cancelar el descuento',
    'Choose who approves (touch, arrow keys or the first letters), then they type their PIN. Esc cancels.':
        'Elija quién aprueba (toque, flechas o primeras letras); después esa persona escribe su PIN. Esc cancela.',
    'Choose who approves first':
        'Elija primero quién aprueba',
    'Choose who is signing in or approving: touch, or Up and Down arrows, or the first letters of the name':
        'Elija quién inicia sesión o aprueba: toque, use las flechas arriba y abajo o escriba las primeras letras del nombre',
    'Clear':
        'Borrar',
    'Clear\nDel':
        'Borrar\nSupr',
    'Clear PIN':
        'Borrar PIN',
    'Clears the PIN (Del)':
        'Borra el PIN (Supr)',
    'Close held sales':
        'Cerrar ventas aparcadas',
    'Count sent as variance':
        'Recuento enviado como diferencia',
    'Digit {digit}':
        'Dígito {digit}',
    'Discount as an amount of money':
        'Descuento como importe',
    'Discount in percent':
        'Descuento en porcentaje',
    'Discount message':
        'Mensaje del descuento',
    'Discount on the selected line':
        'Descuento en la línea seleccionada',
    'Discount on the whole sale':
        'Descuento en toda la venta',
    'Discount reason':
        'Motivo del descuento',
    'Discount value':
        'Valor del descuento',
    'Discount {percent}':
        'Descuento {percent}',
    'Enter':
        'Intro',
    'Enter PIN':
        'Escriba el PIN',
    'Held at':
        'Aparcada a las',
    'Held sales':
        'Ventas aparcadas',
    'Items':
        'Artículos',
    'Key: Del':
        'Tecla: Supr',
    'Line (Alt+L)':
        'Línea (Alt+L)',
    'Line: {title} (Alt+L)':
        'Línea: {title} (Alt+L)',
    'Manager approval':
        'Aprobación de gerente',
    'No held sales. Press F5 on a sale to hold it for later.':
        'No hay ventas aparcadas. Pulse F5 en una venta para aparcarla.',
    'No reason given':
        'Sin motivo',
    'Not a number: {text}':
        'No es un número: {text}',
    'Oversold':
        'Sobreventa',
    'PIN':
        'PIN',
    'Percent % (Alt+P)':
        'Porcentaje % (Alt+P)',
    'Percent, e.g. 10 for 10 %; 0 removes the discount':
        'Porcentaje, p. ej. 10 para 10 %; 0 quita el descuento',
    'REFUNDS BY REASON':
        'REEMBOLSOS POR MOTIVO',
    'Reason (optional): damaged, loyalty, price match…':
        'Motivo (opcional): dañado, fidelidad, igualar precio…',
    'Refused by Shopify':
        'Rechazado por Shopify',
    'Resume (Enter)':
        'Retomar (Intro)',
    'Resume the selected sale':
        'Retomar la venta seleccionada',
    'Staff member':
        'Empleado',
    'That was a scan, not a PIN: the approver types their PIN':
        'Eso fue un escaneo, no un PIN: el aprobador escribe su PIN',
    "The approver's PIN, on the keys or the pad; Enter approves":
        'El PIN del aprobador, con las teclas o el teclado; Intro aprueba',
    "Type the approver's PIN":
        'Escriba el PIN del aprobador',
    'Type the discount (0 removes it)':
        'Escriba el descuento (0 lo quita)',
    'Type the discount, then Enter; 0 removes the discount':
        'Escriba el descuento y pulse Intro; 0 quita el descuento',
    'Unknown SKU':
        'SKU desconocido',
    'Unreadable stock change':
        'Cambio de inventario ilegible',
    'Up and Down choose a sale; Enter resumes it':
        'Arriba y Abajo eligen una venta; Intro la retoma',
    'Use at most two decimals for a percentage':
        'Use como máximo dos decimales en un porcentaje',
    'Whole sale (Alt+W)':
        'Toda la venta (Alt+W)',
    'Your PIN, 4 to {n} digits; Enter to confirm, Del clears':
        'Su PIN, de 4 a {n} dígitos; Intro confirma, Supr borra',
    'discount {value} on line {no}':
        'descuento {value} en la línea {no}',
    'discount {value} on the whole sale':
        'descuento {value} en toda la venta',
    'removing the discount on line {no}':
        'quitar el descuento de la línea {no}',
    'removing the discount on the sale':
        'quitar el descuento de la venta',
    '{n}%':
        '{n} %',
    '{percent} ({key})':
        '{percent} ({key})',
    '{reason} ({n})':
        '{reason} ({n})',
    '{time} (parked)':
        '{time} (aparcada)',
    '{title}: {what}':
        '{title}: {what}',
    # ---- the payroll PDF (ui/commission_export.py)
    'Amounts in {currency}. Generated {when}.':
        'Importes en {currency}. Generado el {when}.',
    'Bonuses':
        'Bonos',
    'Not included (another currency): {what}.':
        'No incluido (otra moneda): {what}.',
    'Sale commission':
        'Comisión por ventas',
    'Tier adjustments':
        'Ajustes de tramo',
    'all stores and terminals in the source':
        'todas las tiendas y terminales del origen',
    'terminal {terminal}':
        'terminal {terminal}',
    '{first} to {last}':
        'del {first} al {last}',
    # ---- commission progress (back office), returns
    '1 sale found: Enter opens it':
        '1 venta encontrada: Intro la abre',
    'Tier {n} of {count}':
        'Tramo {n} de {count}',
    'no bonus in this plan':
        'sin bono en este plan',
    'top tier':
        'tramo máximo',
    '{amount} earned':
        '{amount} ganado',
    '{amount} to tier {n}':
        '{amount} para el tramo {n}',
    '{amount} to {bonus}':
        '{amount} para {bonus}',
    # ---- report periods
    'Week of {date}':
        'Semana del {date}',
    # ---- journal actions
    'Approval':
        'Aprobación',
    'Catalog import':
        'Importación de catálogo',
    'Count stock':
        'Recuento de inventario',
    'Discount cleared':
        'Descuento quitado',
    'Discount over limit':
        'Descuento sobre el límite',
    'Line void':
        'Línea anulada',
    'Login failed':
        'Inicio de sesión fallido',
    'Open drawer':
        'Apertura de cajón',
    'Plan change':
        'Cambio de plan',
    'Post void':
        'Anulación posterior',
    'Price override':
        'Cambio de precio',
    'Refund':
        'Reembolso',
    'Refused stock changes sent again':
        'Cambios de inventario rechazados reenviados',
    'Resolve stock attention':
        'Inventario resuelto',
    'Return no receipt':
        'Devolución sin recibo',
    'Sale':
        'Venta',
    'Settings change':
        'Cambio de configuración',
    'Shift close':
        'Cierre de turno',
    'Staff change':
        'Cambio de personal',
    # ---- stock warning at the counter
    'Only {n} × {title} should be in stock; {sale} in this sale':
        'Solo debería haber {n} × {title} en stock; {sale} en esta venta',
    # ---- PDF receipt
    'Cannot write the PDF receipt to {path}':
        'No se puede escribir el recibo PDF en {path}',
    'Cannot write the PDF receipt to {path}: {reason}':
        'No se puede escribir el recibo PDF en {path}: {reason}',
    # ---- back office banner, alerts
    'Alert: {text}':
        'Alerta: {text}',
    'Alerts':
        'Alertas',
    'An open sale is {n} bytes (budget {limit})':
        'Una venta abierta ocupa {n} bytes (límite {limit})',
    'Backup overdue: the last one is {n} h old':
        'Copia de seguridad atrasada: la última tiene {n} h',
    'Central database':
        'Base de datos central',
    'Central database not reached for {n} h':
        'Sin contacto con la base de datos central desde hace {n} h',
    'Disk almost full: {n} % free (under {limit} %)':
        'Disco casi lleno: {n} % libre (menos del {limit} %)',
    'Local data':
        'Datos locales',
    'No backup has been made yet':
        'Aún no se ha hecho ninguna copia de seguridad',
    'Offline: {why}. {text}':
        'Sin conexión: {why}. {text}',
    'Oldest item waiting for {channel}: {n} min (limit {limit} min)':
        'El elemento más antiguo esperando a {channel}: {n} min (límite {limit} min)',
    'Shopify':
        'Shopify',
    'Shopify refuses this till: check its access token':
        'Shopify rechaza esta caja: revise su token de acceso',
    'as of {time}':
        'a {time}',
    'last terminal push {time}':
        'último envío de terminal {time}',
    'no records yet':
        'aún sin registros',
    'the central database':
        'la base de datos central',
    'the journal':
        'el diario',
    '{n} alerts: {text}':
        '{n} alertas: {text}',
    '{n} record(s) not yet sent to the central database':
        '{n} registro(s) aún sin enviar a la base de datos central',
    '{rate} % of commands refused or failed in the last hour (limit {limit} %)':
        '{rate} % de las órdenes rechazadas o fallidas en la última hora (límite {limit} %)',
    # ---- health screen
    'Charts over the last day':
        'Gráficos del último día',
    'Charts over the last week':
        'Gráficos de la última semana',
    'Command latency chart':
        'Gráfico de latencia de órdenes',
    'Command latency, p99 (ms)':
        'Latencia de órdenes, p99 (ms)',
    'Disk, backup and feature flags':
        'Disco, copia de seguridad y funciones activadas',
    'Disk: free space unknown':
        'Disco: espacio libre desconocido',
    'Disk: {n} % free':
        'Disco: {n} % libre',
    'Error rate chart':
        'Gráfico de tasa de errores',
    'Feature flags in force: {flags}':
        'Funciones activadas: {flags}',
    'Firing alerts':
        'Alertas activas',
    'Health':
        'Estado',
    'Health of this till':
        'Estado de esta caja',
    'Last backup: none yet (pos-app backup, or the daily backup)':
        'Última copia: ninguna aún (pos-app backup, o la copia diaria)',
    'Last backup: {at}':
        'Última copia: {at}',
    'Last day (D)':
        'Último día (D)',
    'Last hour: {n} commands, p50 {p50} ms, p99 {p99} ms':
        'Última hora: {n} órdenes, p50 {p50} ms, p99 {p99} ms',
    'Last week (W)':
        'Última semana (W)',
    'No alert is firing. Alerts appear here and at the counter when a threshold of [monitoring] is crossed.':
        'No hay alertas activas. Las alertas aparecen aquí y en la caja cuando se supera un umbral de [monitoring].',
    "No commands measured yet. Each scan, tender and sale at the counter is timed; the minute's figures are written every minute and drawn here.":
        'Aún no se han medido órdenes. Cada escaneo, pago y venta en la caja se cronometra; las cifras se guardan cada minuto y se dibujan aquí.',
    'No commands measured yet: the share the till refused or could not complete appears here once the counter sells.':
        'Aún no se han medido órdenes: la parte que la caja rechazó o no pudo completar aparece aquí en cuanto se vende.',
    'No queue figures yet. While the till runs, how many items wait for the central database, the journal and Shopify is sampled every minute and drawn here.':
        'Aún no hay cifras de colas. Mientras la caja funciona, cada minuto se mide cuántos elementos esperan a la base de datos central, al diario y a Shopify, y se dibuja aquí.',
    'Open sales: {n} bytes stored (budget {b} a sale)':
        'Ventas abiertas: {n} bytes guardados (límite {b} por venta)',
    'Read the health figures again':
        'Volver a leer las cifras de estado',
    'Refresh (F5)':
        'Actualizar (F5)',
    'Refused or failed commands (%)':
        'Órdenes rechazadas o fallidas (%)',
    'Sync queue chart':
        'Gráfico de colas de sincronización',
    'Waiting to sync, per channel':
        'En espera de sincronizar, por canal',
    'none':
        'ninguna',
    'p99':
        'p99',
    'refused or failed':
        'rechazadas o fallidas',
    '{channel}: {state}, {n} waiting':
        '{channel}: {state}, {n} en espera',
    'online':
        'en línea',
    'offline':
        'sin conexión',
    'paused':
        'en pausa',
    'not synced yet':
        'aún sin sincronizar',
    '… and {n} more (pos-app status)':
        '… y {n} más (pos-app status)',
    # ---- set-up wizard
    '1 Store and till':
        '1 Tienda y caja',
    '2 Taxes':
        '2 Impuestos',
    '3 Owner':
        '3 Propietario',
    '4 Shopify':
        '4 Shopify',
    '5 Central database':
        '5 Base de datos central',
    '6 Printer':
        '6 Impresora',
    'Access token':
        'Token de acceso',
    'Admin API access token':
        'Token de acceso a la Admin API',
    'Cancel the running step':
        'Cancelar el paso en curso',
    'Cancelling: the step stops at its next safe point; nothing is left half done.':
        'Cancelando: el paso se detiene en su próximo punto seguro; nada queda a medias.',
    'Cash rounding (1 = none, 5 = 0.05)':
        'Redondeo de efectivo (1 = ninguno, 5 = 0,05)',
    'Cash rounding in minor units':
        'Redondeo de efectivo en unidades mínimas',
    'Cash rounding is a whole number of minor units: 1 for none, 5 for 0.05':
        'El redondeo de efectivo es un número entero de unidades mínimas: 1 para ninguno, 5 para 0,05',
    "Choose or type the printer's form (e.g. usb:04b8:0202), or skip with F8":
        'Elija o escriba la forma de la impresora (p. ej. usb:04b8:0202), u omita con F8',
    'Close the set-up and finish later':
        'Cerrar la configuración y terminar más tarde',
    'Continue (Enter)':
        'Continuar (Intro)',
    'Currency (ISO code)':
        'Moneda (código ISO)',
    "Database owner's URL (optional)":
        'URL del propietario de la base de datos (opcional)',
    "Database owner's password":
        'Contraseña del propietario de la base de datos',
    'Do this step and continue':
        'Hacer este paso y continuar',
    'Enter starts the counter.':
        'Intro inicia la caja.',
    "Enter tests the token and lists the shop's locations; Enter again connects, stores the token in the keyring and pulls the catalog.":
        'Intro prueba el token y lista las ubicaciones de la tienda; Intro otra vez conecta, guarda el token en el llavero y descarga el catálogo.',
    'Exempt':
        'Exento',
    'Finish later (Esc)':
        'Terminar más tarde (Esc)',
    'How prices are taxed and rounded.':
        'Cómo se gravan y redondean los precios.',
    'Locale':
        'Configuración regional',
    'Locale (e.g. en_US, de_DE)':
        'Configuración regional (p. ej. es_ES, es_MX)',
    'Location (Up/Down)':
        'Ubicación (Arriba/Abajo)',
    'Location this till sells from':
        'Ubicación desde la que vende esta caja',
    "Owner's PIN":
        'PIN del propietario',
    "Owner's PIN again":
        'PIN del propietario otra vez',
    "Owner's URL":
        'URL del propietario',
    "Owner's name":
        'Nombre del propietario',
    "Owner's password":
        'Contraseña del propietario',
    'PIN (4 to 8 digits)':
        'PIN (de 4 a 8 dígitos)',
    'PIN again':
        'PIN otra vez',
    'Pick the location this till sells from (Up/Down) and press Enter to connect and pull the catalog.':
        'Elija la ubicación desde la que vende esta caja (Arriba/Abajo) y pulse Intro para conectar y descargar el catálogo.',
    'Prices include tax':
        'Los precios incluyen impuestos',
    'Printer':
        'Impresora',
    'Ready':
        'Listo',
    'Receipt printer':
        'Impresora de recibos',
    'Sales tax':
        'Impuesto sobre ventas',
    "Sell Shopify's catalog and keep its stock.":
        'Vender el catálogo de Shopify y llevar su inventario.',
    'Set up this till':
        'Configurar esta caja',
    # ---- set-up: the printer step, the first pull's count; back office Settings ----
    'Settings': 'Ajustes',
    'A step skipped at the first start can be done here: the wizard opens at the taxes (the store is kept), F8 skips what is already right. The counter reads the new settings when it starts again.':
        'Un paso omitido en el primer arranque puede hacerse aquí: el asistente se abre en los impuestos (la tienda se conserva) y F8 omite lo que ya está bien. La caja lee los nuevos ajustes al volver a arrancar.',
    'No printer: receipts are saved as PDF': 'Sin impresora: los tiques se guardan como PDF',
    'No store yet': 'Aún no hay tienda',
    'No tax class yet: prices are sold without tax':
        'Aún no hay clases de impuesto: se vende sin impuestos',
    'Not connected: this till sells offline only':
        'Sin conexión: esta caja solo vende sin conexión',
    'Open the set-up wizard to do a skipped step':
        'Abrir el asistente de configuración para hacer un paso omitido',
    'Set-up wizard (F2)': 'Asistente de configuración (F2)',
    'Settings of this till': 'Ajustes de esta caja',
    'Store and till': 'Tienda y caja',
    'Tax classes': 'Clases de impuesto',
    'The embedded database on this till': 'La base de datos integrada en esta caja',
    "A network printer is not searched for: type network:HOST (port 9100) or network:HOST:PORT. Enter prints a test page (the store's name, the date and time, a ruler per character width, a cut) and keeps the printer.":
        'Las impresoras de red no se buscan: escriba network:HOST (puerto 9100) o network:HOST:PUERTO. Intro imprime una página de prueba (el nombre de la tienda, la fecha y la hora, una regla por cada ancho de carácter, un corte) y conserva la impresora.',
    'CUPS prints to it as a page printer: choose the printer itself (USB, network or serial)':
        'CUPS imprime en ella como impresora de páginas: elija la propia impresora (USB, red o serie)',
    'CUPS queue {queue}': 'Cola CUPS {queue}',
    "Cannot write to {target} ({detail}). Check that the printer is switched on and its cable is in, and that this user may write to {target} (the device's group, often lp).":
        'No se puede escribir en {target} ({detail}). Compruebe que la impresora está encendida y con el cable conectado, y que este usuario puede escribir en {target} (el grupo del dispositivo, a menudo lp).',
    'Choose a printer (Up/Down) or type its form (e.g. network:192.0.2.10), or skip with F8':
        'Elija una impresora (Arriba/Abajo) o escriba su forma (p. ej. network:192.0.2.10), u omita con F8',
    'Each ruler on one line and the paper cut: receipts will print.':
        'Cada regla en una línea y el papel cortado: los tiques se imprimirán.',
    'Found (Up/Down)': 'Encontradas (Arriba/Abajo)',
    'Look again (F5)': 'Buscar de nuevo (F5)',
    'Look for printers again': 'Buscar impresoras de nuevo',
    'Looking for printers…': 'Buscando impresoras…',
    "No printer found: type a network printer's address below, or check the USB cable and power and look again (F5)":
        'No se encontró ninguna impresora: escriba abajo la dirección de una impresora de red, o compruebe el cable USB y la alimentación y busque de nuevo (F5)',
    'Normal text, {n} characters:': 'Texto normal, {n} caracteres:',
    'Print a test page without keeping the printer':
        'Imprimir una página de prueba sin conservar la impresora',
    'Printed {when}': 'Impreso el {when}',
    'Printer test page': 'Página de prueba de la impresora',
    'Printer {device}': 'Impresora {device}',
    'Printers found on this till': 'Impresoras encontradas en esta caja',
    'Pulling the catalog from Shopify: {count}': 'Descargando el catálogo de Shopify: {count}',
    'Shopify is preparing the catalog: {records} records so far': 'Shopify está preparando el catálogo: {records} registros hasta ahora',
    'Serial port {path}': 'Puerto serie {path}',
    'Shopify: connected. Catalog pulled: {count}.':
        'Shopify: conectado. Catálogo descargado: {count}.',
    'Shopify: connected; the catalog is pulled by the next sync.':
        'Shopify: conectado; la próxima sincronización descarga el catálogo.',
    "Central database: connected; this till's sales now go to it.":
        'Base de datos central: conectada; las ventas de esta caja ya van a ella.',
    'Small text, {n} characters:': 'Texto pequeño, {n} caracteres:',
    'Test page only (F2)': 'Solo página de prueba (F2)',
    'Test page sent to {device}. Enter keeps this printer.':
        'Página de prueba enviada a {device}. Intro conserva esta impresora.',
    'The USB printer {target} was not reached ({detail}). Check the cable and power, its ids with lsusb, and that this user may use the device (a udev rule).':
        'No se alcanzó la impresora USB {target} ({detail}). Compruebe el cable y la alimentación, sus identificadores con lsusb, y que este usuario puede usar el dispositivo (una regla udev).',
    'The printer at {target} did not answer ({detail}). Check that it is switched on and its address (its network status sheet: hold FEED while switching it on), and that this till is on the same network.':
        'La impresora en {target} no respondió ({detail}). Compruebe que está encendida y su dirección (su hoja de estado de red: mantenga FEED pulsado al encenderla), y que esta caja está en la misma red.',
    'The CUPS queue {target} did not take the test page ({detail}). Check that the queue exists and accepts jobs (lpstat -p {target}) and that the CUPS client (lp) is installed.':
        'La cola de CUPS {target} no aceptó la página de prueba ({detail}). Compruebe que la cola existe y acepta trabajos (lpstat -p {target}) y que el cliente de CUPS (lp) está instalado.',
    "The serial port {target} could not be used ({detail}). Check the cable, the port's name and the baud rate.":
        'No se pudo usar el puerto serie {target} ({detail}). Compruebe el cable, el nombre del puerto y la velocidad en baudios.',
    "This user may not write to {path}: add it to the device's group (often lp) and sign in again":
        'Este usuario no puede escribir en {path}: añádalo al grupo del dispositivo (a menudo lp) e inicie sesión de nuevo',
    'USB printer on {path}': 'Impresora USB en {path}',
    'USB printer {ids}': 'Impresora USB {ids}',
    'Wide, {n} characters:': 'Ancho doble, {n} caracteres:',
    'network:HOST[:PORT], usb:VID:PID, serial:DEVICE, file:PATH or cups:QUEUE':
        'network:HOST[:PUERTO], usb:VID:PID, serial:DISPOSITIVO, file:RUTA o cups:COLA',
    '{done} of {total} products': '{done} de {total} productos',
    '{done} products read': '{done} productos leídos',
    'Shopify: connected. The catalog pull was stopped at {count}; the next sync pulls the rest.':
        'Shopify: conectado. La descarga del catálogo se detuvo en {count}; la próxima sincronización descarga el resto.',
    "No owner's account yet: the owner adds the staff":
        'Aún no hay cuenta de propietario: el propietario da de alta al personal',
    'Set-up steps':
        'Pasos de configuración',
    'Shop':
        'Tienda',
    'Skip (F8)':
        'Omitir (F8)',
    'Skip (F8) keeps the embedded database on this till; connect later with `pos-app central connect`.':
        'Omitir (F8) mantiene la base de datos integrada en esta caja; conecte más tarde con `pos-app central connect`.',
    'Skip this step':
        'Omitir este paso',
    'Standard':
        'Normal',
    'Standard rate (%)':
        'Tipo normal (%)',
    'Standard tax rate in percent':
        'Tipo impositivo normal en porcentaje',
    'Start selling (Enter)':
        'Empezar a vender (Intro)',
    'Step in progress':
        'Paso en curso',
    'Store id':
        'Id de la tienda',
    'Store id at central':
        'Id de la tienda en la central',
    'Store name':
        'Nombre de la tienda',
    'Tax name':
        'Nombre del impuesto',
    'Tax rounded on the total':
        'Impuesto redondeado sobre el total',
    'Tax rounded per line':
        'Impuesto redondeado por línea',
    'Tax rounding':
        'Redondeo del impuesto',
    'The receipt printer and the cash drawer.':
        'La impresora de recibos y el cajón.',
    "The shop has no active location: add one in Shopify's admin, then test again":
        'La tienda no tiene ninguna ubicación activa: añada una en la administración de Shopify y vuelva a probar',
    "The store's first account: it adds the staff.":
        'La primera cuenta de la tienda: añade al personal.',
    'This step failed: {error}':
        'Este paso falló: {error}',
    "This till's central database URL":
        'URL de la base de datos central de esta caja',
    'Till id':
        'Id de la caja',
    "Till's URL":
        'URL de la caja',
    'Time zone':
        'Zona horaria',
    'Time zone (e.g. America/Chicago)':
        'Zona horaria (p. ej. Europe/Madrid)',
    "Two classes are made: standard (this rate) and exempt (0 %), the classes Shopify's taxable and untaxed products use.":
        'Se crean dos clases: normal (este tipo) y exenta (0 %), las que usan los productos de Shopify con y sin impuestos.',
    "Type the owner's name first":
        'Escriba primero el nombre del propietario',
    'What the step did':
        'Lo que hizo el paso',
    'What was set up':
        'Lo que se configuró',
    "Where every till's sales meet.":
        'Donde se reúnen las ventas de todas las cajas.',
    'Who this store and this till are. Skip (F8) starts the store with what is shown.':
        'Quiénes son esta tienda y esta caja. Omitir (F8) inicia la tienda con lo que se muestra.',
    'Working…':
        'Trabajando…',
    'done':
        'hecho',
    'e.g. 8.25; empty: no tax':
        'p. ej. 21; vacío: sin impuesto',
    'my-shop, my-shop.myshopify.com or admin.shopify.com/store/my-shop':
        'mi-tienda, mi-tienda.myshopify.com o admin.shopify.com/store/mi-tienda',
    'not done':
        'sin hacer',
    "postgresql+psycopg://OWNER@HOST/DB: creates the schema and this till's role":
        'postgresql+psycopg://OWNER@HOST/DB: crea el esquema y el rol de esta caja',
    'skipped: do it later with `pos-app setup`':
        'omitido: hágalo más tarde con `pos-app setup`',
    'usb:VID:PID (as lsusb shows), network:HOST[:PORT], serial:DEVICE[:BAUD] or file:PATH. Enter prints a test page and keeps the printer.':
        'usb:VID:PID (como lo muestra lsusb), network:HOST[:PORT], serial:DEVICE[:BAUD] o file:PATH. Intro imprime una página de prueba y guarda la impresora.',
    '{step}: done.':
        '{step}: hecho.',
    # ---- sale screen prompts
    'New quantity:':
        'Nueva cantidad:',
    'New unit price for {title} (now {price}):':
        'Nuevo precio unitario de {title} (ahora {price}):',
    'Next item × {n}':
        'Siguiente artículo × {n}',
    'Sale held. F6 shows held sales.':
        'Venta aparcada. F6 muestra las ventas aparcadas.',
    'open the drawer without a sale':
        'abrir el cajón sin venta',
    'price override on line {no}: {title}':
        'cambio de precio en la línea {no}: {title}',
    'removing line {no}':
        'quitar la línea {no}',
    'void this sale':
        'anular esta venta',
    # ---- set-up wizard (2)
    'Back (PgUp)':
        'Atrás (RePág)',
    'Back to the step before':
        'Volver al paso anterior',
    'Data directory: {path}':
        'Directorio de datos: {path}',
    # ---- accessible names (back office) ----
    'Commission per staff member': 'Comisión por empleado',
    'Commission plans': 'Planes de comisión',
    'Rows ({action} adds one)': 'Filas ({action} añade una)',
    'Sections': 'Secciones',
    'Starts on': 'Empieza el',
    # ---- health: feature flags and where they come from ----------------------------
    'on':
        'activada',
    'off':
        'desactivada',
    'default':
        'predeterminado',
    'central database, version {n}':
        'base de datos central, versión {n}',
    "this till's config file [flags]":
        'archivo de configuración de esta caja [flags]',
    "this till's environment ({name})":
        'entorno de esta caja ({name})',
    'Feature flag':
        'Función',
    'State':
        'Estado',
    'Feature flags: each flag, on or off, and where its value comes from':
        'Funciones: cada una, activada o desactivada, y de dónde viene su valor',
    '{state} ({source}) from the next start':
        '{state} ({source}) desde el próximo inicio',
    'Set by {who}':
        'Cambiada por {who}',
}

# A text that reads differently in one screen: (context, source) -> translation.
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("Sale", "Return"): "Devolver",
    ("Sale", "Discount"): "Descuento",
    ("Sale", "Qty"): "Cantidad",
    # The cart's headers: short, so the item names keep the room at 1024x768.
    ("Cart", "Discount"): "Dto.",
    ("Cart", "Line total"): "Importe",
}

# ---- back office, Health: the recent alerts ----------------------------------------------
T.update({
    "Waiting to sync: {channel}": "Pendiente de sincronizar: {channel}",
    "Refused or failed commands": "Órdenes rechazadas o fallidas",
    "Open sale size": "Tamaño de una venta abierta",
    "Disk space": "Espacio en disco",
    "Backup overdue": "Copia de seguridad atrasada",
    "Shopify access": "Acceso a Shopify",
    "Central database unreachable": "Base de datos central inaccesible",
    "Recent alerts (H)": "Alertas recientes (H)",
    "Alert": "Alerta",
    "Raised or cleared": "Activada o resuelta",
    "Recent alerts: when each alert was raised or cleared, newest first":
        "Alertas recientes: cuándo se activó o resolvió cada alerta, la más reciente primero",
    "No alert has been raised on this till yet. Each one is listed here when it is raised "
    "and when it clears.":
        "Esta caja aún no ha tenido ninguna alerta. Cada una aparece aquí al activarse y al "
        "resolverse.",
    "Recent alerts: none yet": "Alertas recientes: ninguna todavía",
    "raised": "activada",
    "cleared": "resuelta",
    "{alert} raised {when}: {detail}": "{alert} activada el {when}: {detail}",
    "{alert} cleared {when}": "{alert} resuelta el {when}",
})

# ---- back-office keys (every action from the keyboard, its key shown) -------------------
T.update({
    "Export CSV…  Ctrl+E": "Exportar CSV…  Ctrl+E",
    "Export PDF…  Ctrl+P": "Exportar PDF…  Ctrl+P",
    "Verify chain  Ctrl+Shift+V": "Verificar cadena  Ctrl+Mayús+V",
    "Recalculate with current plans  Ctrl+R": "Recalcular con los planes actuales  Ctrl+R",
    "{action}  Ins": "{action}  Insert",
    "Remove selected  Del": "Quitar selección  Supr",
    "New plan  Ctrl+N": "Nuevo plan  Ctrl+N",
    "Reload plan  Ctrl+R": "Recargar plan  Ctrl+R",
    "Preview  Ctrl+P": "Vista previa  Ctrl+P",
    "{section}  Ctrl+{n}": "{section}  Ctrl+{n}",
    # the counter: a cashier deactivated while signed in
    "{name} can no longer use this till (deactivated) and was signed out. The open sale is kept: "
    "sign in to continue.":
        "{name} ya no puede usar esta caja (desactivado) y se cerró su sesión. La venta abierta se "
        "conserva: inicie sesión para continuar.",
})
T.update({  # what a report covers and a plan preview's notes, said by the services in English
    "all stores and terminals": "todas las tiendas y terminales",
    "this terminal's records only ({terminal})": "solo los registros de esta terminal ({terminal})",
    "{n} record(s) of staff this plan does not cover are left out":
        "{n} registro(s) de personal que este plan no cubre quedan fuera",
    "{n} return(s) of sales made before the period are clawed back at this plan's rate "
    "without tier parts":
        "{n} devolución(es) de ventas anteriores al periodo se descuentan a la tarifa de este "
        "plan sin la parte por tramos",
    "{n} return(s) whose sale is unknown here are left out":
        "{n} devolución(es) cuya venta no se conoce aquí quedan fuera",
    "The plan is in {plan} but the records are in {records}":
        "El plan está en {plan} pero los registros están en {records}",
    "No sales in {period} to preview against": "No hay ventas en {period} para la vista previa",
})
T.update({  # the journal's chain status and actions the app names in English
    "Backup key shown": "Clave de copia mostrada",
    "Owner's authority used": "Autoridad del propietario usada",
    "Tax class set": "Clase de impuesto fijada",
    "lines": "líneas",
    "units": "unidades",
    "Journal of {where}: no records yet": "Diario de {where}: aún sin registros",
    "{terminal}: BROKEN at seq {seq} — {message}; verified up to seq {through}":
        "{terminal}: ROTA en la sec. {seq} — {message}; verificada hasta la sec. {through}",
    "{terminal}: verified up to seq {through}; seq {first} to {last} intact but not provable "
    "here (their key is not on this machine)":
        "{terminal}: verificada hasta la sec. {through}; sec. {first} a {last} intactas pero "
        "no comprobables aquí (su clave no está en esta máquina)",
    "{terminal}: chain verified, seq 1 to {last}":
        "{terminal}: cadena verificada, sec. 1 a {last}",
    "Journal of {where} — {chains}": "Diario de {where} — {chains}",
})
T.update({  # a commission drill-down's figure, record kinds and status
    "All commission": "Toda la comisión",
    "Bonuses and tier adjustments": "Bonos y ajustes por tramos",
    "Return (clawback)": "Devolución (reintegro)",
    "Tier adjustment": "Ajuste por tramo",
    "Bonus": "Bono",
    "OK": "Correcto",
    # ---- journal detail keys (ui/backoffice/journal.py detail_key_text) ----
    'receipt': 'recibo',
    'total': 'total',
    'amount': 'importe',
    'payments': 'pagos',
    'title': 'título',
    'quantity': 'cantidad',
    'unit price': 'precio unitario',
    'list price': 'precio de lista',
    'value': 'valor',
    'reason': 'motivo',
    'rounding': 'redondeo',
    'float': 'fondo de caja',
    'variance': 'diferencia',
    'lines voided before': 'líneas anuladas antes',
    'reverses sale': 'revierte la venta',
    'line': 'línea',
    'cashier': 'cajero',
    'approved by': 'aprobado por',
    'staff': 'personal',
    'role': 'rol',
    'name': 'nombre',
    'Z number': 'número Z',
    'for {name}': 'para {name}',
})
T.update({  # a settings_change record in the journal
    'settings': 'ajustes',
    'changed': 'cambiado',
})
