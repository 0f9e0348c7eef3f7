<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>BackOffice</name>
        <message>
            <source>{store} — back office</source>
            <translation>{store} — administración</translation>
        </message>
        <message>
            <source>{store} · back office</source>
            <translation>{store} · administración</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>Managers and supervisors: sign in with your PIN.</source>
            <translation>Gerentes y supervisores: inicien sesión con su PIN.</translation>
        </message>
        <message>
            <source>Sign-in is not available here.</source>
            <translation>El inicio de sesión no está disponible aquí.</translation>
        </message>
        <message>
            <source>Signed in: {role}</source>
            <translation>Sesión iniciada: {role}</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Comisión</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Planes</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>{section}  Ctrl+{n}</source>
            <translation>{section}  Ctrl+{n}</translation>
        </message>
        <message>
            <source>Something went wrong; the error was logged.</source>
            <translation>Algo salió mal; el error quedó registrado.</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Semana del {date}</translation>
        </message>
    </context>
    <context>
        <name>Cart</name>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Dto.</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Return: </source>
            <translation>Devolución: </translation>
        </message>
        <message>
            <source>Price × quantity − discount; tax is added in the totals</source>
            <translation>Precio × cantidad − descuento; el impuesto se suma en los totales</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Commission by staff member</source>
            <translation>Comisión por empleado</translation>
        </message>
        <message>
            <source>Commission by staff member: top {n} of {total}</source>
            <translation>Comisión por empleado: los {n} primeros de {total}</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Comisión</translation>
        </message>
        <message>
            <source>Team commission over time</source>
            <translation>Comisión del equipo en el tiempo</translation>
        </message>
        <message>
            <source>Team commission per day</source>
            <translation>Comisión del equipo por día</translation>
        </message>
        <message>
            <source>Team commission per week</source>
            <translation>Comisión del equipo por semana</translation>
        </message>
    </context>
    <context>
        <name>Checkout</name>
        <message>
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Crédito de tienda</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Tarjeta regalo</translation>
        </message>
        <message>
            <source>Refund {amount} — give cash</source>
            <translation>Reembolso {amount} — dar efectivo</translation>
        </message>
        <message>
            <source>Refund {amount} — to the card</source>
            <translation>Reembolso {amount} — a la tarjeta</translation>
        </message>
        <message>
            <source>Refund {amount} — as store credit</source>
            <translation>Reembolso {amount} — como crédito de tienda</translation>
        </message>
        <message>
            <source>Refund {amount} — to a gift card</source>
            <translation>Reembolso {amount} — a una tarjeta regalo</translation>
        </message>
        <message>
            <source>Checkout</source>
            <translation>Cobro</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>Importe a pagar</translation>
        </message>
        <message>
            <source>Tenders</source>
            <translation>Formas de pago</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Remove tender  Del</source>
            <translation>Quitar  Supr</translation>
        </message>
        <message>
            <source>Remove the selected tender (Del)</source>
            <translation>Quitar el pago seleccionado (Supr)</translation>
        </message>
        <message>
            <source>Back to sale  Esc</source>
            <translation>Volver  Esc</translation>
        </message>
        <message>
            <source>Back to the sale (Esc)</source>
            <translation>Volver a la venta (Esc)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Complete sale  Enter</source>
            <translation>Completar venta  Intro</translation>
        </message>
        <message>
            <source>Complete the sale (Enter)</source>
            <translation>Completar la venta (Intro)</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Separador decimal</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Borrar el último dígito</translation>
        </message>
        <message>
            <source>Clear what was typed</source>
            <translation>Borrar lo escrito</translation>
        </message>
        <message>
            <source>Receipt?</source>
            <translation>¿Recibo?</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>Imprimir recibo</translation>
        </message>
        <message>
            <source>Print the receipt</source>
            <translation>Imprimir el recibo</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>Sin recibo</translation>
        </message>
        <message>
            <source>Email receipt</source>
            <translation>Recibo por correo</translation>
        </message>
        <message>
            <source>Email the receipt</source>
            <translation>Enviar el recibo por correo</translation>
        </message>
        <message>
            <source>Not available yet: email receipts need customer records</source>
            <translation>Aún no disponible: los recibos por correo necesitan fichas de clientes</translation>
        </message>
        <message>
            <source>Email receipts are not available yet: the till has no customer records.</source>
            <translation>Los recibos por correo aún no están disponibles: la caja no tiene fichas de clientes.</translation>
        </message>
        <message>
            <source>Next sale: scan the first item</source>
            <translation>Siguiente venta: escanee el primer artículo</translation>
        </message>
        <message>
            <source>Next customer: scan the first item</source>
            <translation>Siguiente cliente: escanee el primer artículo</translation>
        </message>
        <message>
            <source>Save PDF  Ctrl+S</source>
            <translation>Guardar PDF  Ctrl+S</translation>
        </message>
        <message>
            <source>Save the receipt as PDF (Ctrl+S)</source>
            <translation>Guardar el recibo como PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Something went wrong; the sale is safe. The error was logged.</source>
            <translation>Algo salió mal; la venta está a salvo. El error quedó registrado.</translation>
        </message>
        <message>
            <source>Refunded in full</source>
            <translation>Reembolsado por completo</translation>
        </message>
        <message>
            <source>Paid in full</source>
            <translation>Pagado por completo</translation>
        </message>
        <message>
            <source>Give {amount} change</source>
            <translation>Dé {amount} de cambio</translation>
        </message>
        <message>
            <source>Enter completes the refund</source>
            <translation>Intro completa el reembolso</translation>
        </message>
        <message>
            <source>Enter completes the sale</source>
            <translation>Intro completa la venta</translation>
        </message>
        <message>
            <source>To refund</source>
            <translation>A reembolsar</translation>
        </message>
        <message>
            <source>Still to pay</source>
            <translation>Falta por pagar</translation>
        </message>
        <message>
            <source>Nothing refunded yet</source>
            <translation>Aún no se ha devuelto nada</translation>
        </message>
        <message>
            <source>No payment yet</source>
            <translation>Aún sin pagos</translation>
        </message>
        <message>
            <source>Amount to refund</source>
            <translation>Importe a devolver</translation>
        </message>
        <message>
            <source>Amount handed over</source>
            <translation>Importe entregado</translation>
        </message>
        <message>
            <source>{tender}  {key}
needs approval</source>
            <translation>{tender}  {key}
requiere aprobación</translation>
        </message>
        <message>
            <source>{tender}  {key}
original tender</source>
            <translation>{tender}  {key}
pago original</translation>
        </message>
        <message>
            <source>Complete refund  Enter</source>
            <translation>Completar reembolso  Intro</translation>
        </message>
        <message>
            <source>Complete the refund (Enter)</source>
            <translation>Completar el reembolso (Intro)</translation>
        </message>
        <message>
            <source>change {amount}</source>
            <translation>cambio {amount}</translation>
        </message>
        <message>
            <source>nothing left</source>
            <translation>no queda nada</translation>
        </message>
        <message>
            <source>{amount} left</source>
            <translation>quedan {amount}</translation>
        </message>
        <message>
            <source>Cash {amount} ({key})</source>
            <translation>Efectivo {amount} ({key})</translation>
        </message>
        <message>
            <source>Enter completes. Del removes the selected tender (Up/Down choose it).</source>
            <translation>Intro completa. Supr quita el pago seleccionado (Arriba/Abajo para elegirlo).</translation>
        </message>
        <message>
            <source>Enter refunds it to {tender}, as it was paid. Another tender needs a supervisor.</source>
            <translation>Intro lo reembolsa a {tender}, como se pagó. Otra forma de pago requiere un supervisor.</translation>
        </message>
        <message>
            <source>Type the amount handed over and press Enter for cash, or choose a tender (F1-F4).</source>
            <translation>Escriba el importe entregado y pulse Intro para efectivo, o elija una forma de pago (F1-F4).</translation>
        </message>
        <message>
            <source>That was a scan ({code}), not an amount. To add an item, go back to the sale (Esc).</source>
            <translation>Eso fue un escaneo ({code}), no un importe. Para añadir un artículo, vuelva a la venta (Esc).</translation>
        </message>
        <message>
            <source>A tender of zero pays nothing</source>
            <translation>Un pago de cero no paga nada</translation>
        </message>
        <message>
            <source>Type the amount handed over and press Enter, or choose a tender: F1 takes exactly what is due in cash.</source>
            <translation>Escriba el importe entregado y pulse Intro, o elija una forma de pago: F1 cobra en efectivo exactamente lo que se debe.</translation>
        </message>
        <message>
            <source>Only cash can be more than what is left ({amount})</source>
            <translation>Solo el efectivo puede superar lo que queda ({amount})</translation>
        </message>
        <message>
            <source>Approval code or last 4 digits (*1234)</source>
            <translation>Código de autorización o últimos 4 dígitos (*1234)</translation>
        </message>
        <message>
            <source>{tender} {amount}: type the approval code or the card's last 4 digits, then Enter. Esc cancels.</source>
            <translation>{tender} {amount}: escriba el código de autorización o los últimos 4 dígitos de la tarjeta y pulse Intro. Esc cancela.</translation>
        </message>
        <message>
            <source>Reference: after Card, Store credit or Gift card</source>
            <translation>Referencia (tras F2, F3 o F4)</translation>
        </message>
        <message>
            <source>refund {amount} to {tender}</source>
            <translation>reembolsar {amount} a {tender}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>The drawer did not answer</source>
            <translation>El cajón no respondió</translation>
        </message>
        <message>
            <source>{problem}: the drawer did not open. The sale is complete.</source>
            <translation>{problem}: el cajón no se abrió. La venta está completada.</translation>
        </message>
        <message>
            <source>Refund complete — receipt #{no}</source>
            <translation>Reembolso completado — recibo n.º {no}</translation>
        </message>
        <message>
            <source>Give {amount} cash</source>
            <translation>Dé {amount} en efectivo</translation>
        </message>
        <message>
            <source>Refunded {amount}</source>
            <translation>Reembolsado {amount}</translation>
        </message>
        <message>
            <source>{amount} to {tender}</source>
            <translation>{amount} a {tender}</translation>
        </message>
        <message>
            <source>Sale complete — receipt #{no}</source>
            <translation>Venta completada — recibo n.º {no}</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Sin cambio</translation>
        </message>
        <message>
            <source>Total {total}  ·  paid {paid}</source>
            <translation>Total {total}  ·  pagado {paid}</translation>
        </message>
        <message>
            <source>The default: Enter</source>
            <translation>La opción por defecto: Intro</translation>
        </message>
        <message>
            <source>Enter: {choice}. A scan starts the next sale.</source>
            <translation>Intro: {choice}. Un escaneo inicia la siguiente venta.</translation>
        </message>
        <message>
            <source>Sale complete — receipt #{no}, change {amount}</source>
            <translation>Venta completada — recibo n.º {no}, cambio {amount}</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Falló la impresión</translation>
        </message>
        <message>
            <source>{problem}. The sale is complete; Ctrl+R reprints.</source>
            <translation>{problem}. La venta está completada; Ctrl+R vuelve a imprimir.</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>Guardar recibo</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
    </context>
    <context>
        <name>Commission</name>
        <message>
            <source>No records behind this figure in this period.</source>
            <translation>No hay registros detrás de esta cifra en este periodo.</translation>
        </message>
        <message>
            <source>Close  Esc</source>
            <translation>Cerrar  Esc</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Comisión</translation>
        </message>
        <message>
            <source>No commission yet this period.
Sales by staff on a commission plan appear here as soon as they are made (and, for other terminals, synced).</source>
            <translation>Aún no hay comisiones en este periodo.
Las ventas del personal con plan de comisión aparecen aquí en cuanto se hacen (y, de otras terminales, al sincronizarse).</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Sales (net)</source>
            <translation>Ventas (netas)</translation>
        </message>
        <message>
            <source>Clawbacks</source>
            <translation>Reintegros</translation>
        </message>
        <message>
            <source>Bonuses &amp; tiers</source>
            <translation>Bonos y tramos</translation>
        </message>
        <message>
            <source>Tier progress</source>
            <translation>Progreso del tramo</translation>
        </message>
        <message>
            <source>Bonus progress</source>
            <translation>Progreso del bono</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>{n} units</source>
            <translation>{n} unidades</translation>
        </message>
        <message>
            <source>Tier {n} of {count}</source>
            <translation>Tramo {n} de {count}</translation>
        </message>
        <message>
            <source>top tier</source>
            <translation>tramo máximo</translation>
        </message>
        <message>
            <source>{amount} to go</source>
            <translation>Faltan {amount}</translation>
        </message>
        <message>
            <source>{amount} to tier {n}</source>
            <translation>{amount} para el tramo {n}</translation>
        </message>
        <message>
            <source>{amount} earned</source>
            <translation>{amount} ganado</translation>
        </message>
        <message>
            <source>no bonus in this plan</source>
            <translation>sin bono en este plan</translation>
        </message>
        <message>
            <source>{amount} to a {bonus} bonus</source>
            <translation>{amount} para un bono de {bonus}</translation>
        </message>
        <message>
            <source>{amount} to {bonus}</source>
            <translation>{amount} para {bonus}</translation>
        </message>
        <message>
            <source>Double-click a figure to see the sales behind it ({n} lines)</source>
            <translation>Doble clic en una cifra para ver las ventas que la forman ({n} líneas)</translation>
        </message>
        <message>
            <source>No tiers</source>
            <translation>Sin tramos</translation>
        </message>
        <message>
            <source>No bonus</source>
            <translation>Sin bono</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Recibo</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>{n} record(s) · sales {sales} · commission {commission}</source>
            <translation>{n} registro(s) · ventas {sales} · comisión {commission}</translation>
        </message>
        <message>
            <source>Export CSV…  Ctrl+E</source>
            <translation>Exportar CSV…  Ctrl+E</translation>
        </message>
        <message>
            <source>Double-click a figure to see the sales behind it</source>
            <translation>Doble clic en una cifra para ver las ventas que la forman</translation>
        </message>
        <message>
            <source>One row per staff member, for payroll</source>
            <translation>Una fila por empleado, para la nómina</translation>
        </message>
        <message>
            <source>Export PDF…  Ctrl+P</source>
            <translation>Exportar PDF…  Ctrl+P</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Commission per staff member</source>
            <translation>Comisión por empleado</translation>
        </message>
        <message>
            <source>Commission · {period}</source>
            <translation>Comisión · {period}</translation>
        </message>
        <message>
            <source>The commission report could not be read: {reason}</source>
            <translation>No se pudo leer el informe de comisiones: {reason}</translation>
        </message>
        <message>
            <source>{n} staff</source>
            <translation>{n} empleados</translation>
        </message>
        <message>
            <source>sales {amount}</source>
            <translation>ventas {amount}</translation>
        </message>
        <message>
            <source>commission {amount}</source>
            <translation>comisión {amount}</translation>
        </message>
        <message>
            <source>clawbacks {amount}</source>
            <translation>reintegros {amount}</translation>
        </message>
        <message>
            <source>bonuses &amp; tiers {amount}</source>
            <translation>bonos y tramos {amount}</translation>
        </message>
        <message>
            <source>{n} record(s) need review</source>
            <translation>{n} registro(s) por revisar</translation>
        </message>
        <message>
            <source>not shown: {what}</source>
            <translation>no mostrado: {what}</translation>
        </message>
        <message>
            <source>{n} record(s) in {currency}</source>
            <translation>{n} registro(s) en {currency}</translation>
        </message>
        <message>
            <source>Team: {parts}</source>
            <translation>Equipo: {parts}</translation>
        </message>
        <message>
            <source>Export commission as {kind}</source>
            <translation>Exportar comisiones como {kind}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export records as CSV</source>
            <translation>Exportar registros como CSV</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message>
            <source>All commission</source>
            <translation>Toda la comisión</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventas</translation>
        </message>
        <message>
            <source>Bonuses and tier adjustments</source>
            <translation>Bonos y ajustes por tramos</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Venta</translation>
        </message>
        <message>
            <source>Return (clawback)</source>
            <translation>Devolución (reintegro)</translation>
        </message>
        <message>
            <source>Tier adjustment</source>
            <translation>Ajuste por tramo</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>Bono</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Correcto</translation>
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message>
            <source>This sale: commission needs review (a manager will check)</source>
            <translation>Esta venta: la comisión requiere revisión (la comprobará un gerente)</translation>
        </message>
        <message>
            <source>This sale {amount}</source>
            <translation>Esta venta {amount}</translation>
        </message>
        <message>
            <source> (of {amount} shared)</source>
            <translation> (de {amount} compartidos)</translation>
        </message>
        <message>
            <source>{n} units</source>
            <translation>{n} unidades</translation>
        </message>
        <message>
            <source>tier {tier}/{tiers}, {amount} to tier {next}</source>
            <translation>tramo {tier}/{tiers}, {amount} para el tramo {next}</translation>
        </message>
        <message>
            <source>top tier ({tiers}/{tiers})</source>
            <translation>tramo máximo ({tiers}/{tiers})</translation>
        </message>
        <message>
            <source>{amount} to a {bonus} bonus</source>
            <translation>{amount} para un bono de {bonus}</translation>
        </message>
        <message>
            <source>bonus {amount} earned</source>
            <translation>bono de {amount} ganado</translation>
        </message>
        <message>
            <source>this till only</source>
            <translation>solo esta caja</translation>
        </message>
        <message>
            <source>Only {n} × {title} should be in stock; {sale} in this sale</source>
            <translation>Solo debería haber {n} × {title} en stock; {sale} en esta venta</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Crédito de tienda</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Tarjeta regalo</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message>
            <source>Manager approval</source>
            <translation>Aprobación de gerente</translation>
        </message>
        <message>
            <source>{title}: {what}</source>
            <translation>{title}: {what}</translation>
        </message>
        <message>
            <source>Choose who approves (touch, arrow keys or the first letters), then they type their PIN. Esc cancels.</source>
            <translation>Elija quién aprueba (toque, flechas o primeras letras); después esa persona escribe su PIN. Esc cancela.</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Aprobador</translation>
        </message>
        <message>
            <source>Approver's PIN</source>
            <translation>PIN del aprobador</translation>
        </message>
        <message>
            <source>The approver's PIN, on the keys or the pad; Enter approves</source>
            <translation>El PIN del aprobador, con las teclas o el teclado; Intro aprueba</translation>
        </message>
        <message>
            <source>Approval message</source>
            <translation>Mensaje de aprobación</translation>
        </message>
        <message>
            <source>Approve (Enter)</source>
            <translation>Aprobar (Intro)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Cancel approval</source>
            <translation>Cancelar la aprobación</translation>
        </message>
        <message>
            <source>That was a scan, not a PIN: the approver types their PIN</source>
            <translation>Eso fue un escaneo, no un PIN: el aprobador escribe su PIN</translation>
        </message>
        <message>
            <source>Choose who approves first</source>
            <translation>Elija primero quién aprueba</translation>
        </message>
        <message>
            <source>Type the approver's PIN</source>
            <translation>Escriba el PIN del aprobador</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Descuento</translation>
        </message>
        <message>
            <source>Line: {title} (Alt+L)</source>
            <translation>Línea: {title} (Alt+L)</translation>
        </message>
        <message>
            <source>Line (Alt+L)</source>
            <translation>Línea (Alt+L)</translation>
        </message>
        <message>
            <source>Discount on the selected line</source>
            <translation>Descuento en la línea seleccionada</translation>
        </message>
        <message>
            <source>Whole sale (Alt+W)</source>
            <translation>Toda la venta (Alt+W)</translation>
        </message>
        <message>
            <source>Discount on the whole sale</source>
            <translation>Descuento en toda la venta</translation>
        </message>
        <message>
            <source>Percent % (Alt+P)</source>
            <translation>Porcentaje % (Alt+P)</translation>
        </message>
        <message>
            <source>Discount in percent</source>
            <translation>Descuento en porcentaje</translation>
        </message>
        <message>
            <source>Amount {symbol} (Alt+A)</source>
            <translation>Importe {symbol} (Alt+A)</translation>
        </message>
        <message>
            <source>Discount as an amount of money</source>
            <translation>Descuento como importe</translation>
        </message>
        <message>
            <source>Discount value</source>
            <translation>Valor del descuento</translation>
        </message>
        <message>
            <source>Type the discount, then Enter; 0 removes the discount</source>
            <translation>Escriba el descuento y pulse Intro; 0 quita el descuento</translation>
        </message>
        <message>
            <source>{percent} ({key})</source>
            <translation>{percent} ({key})</translation>
        </message>
        <message>
            <source>Discount {percent}</source>
            <translation>Descuento {percent}</translation>
        </message>
        <message>
            <source>Applies it at once; key {key}</source>
            <translation>Se aplica al momento; tecla {key}</translation>
        </message>
        <message>
            <source>Reason (optional): damaged, loyalty, price match…</source>
            <translation>Motivo (opcional): dañado, fidelidad, igualar precio…</translation>
        </message>
        <message>
            <source>Discount reason</source>
            <translation>Motivo del descuento</translation>
        </message>
        <message>
            <source>Discount message</source>
            <translation>Mensaje del descuento</translation>
        </message>
        <message>
            <source>Apply (Enter)</source>
            <translation>Aplicar (Intro)</translation>
        </message>
        <message>
            <source>Apply the discount</source>
            <translation>Aplicar el descuento</translation>
        </message>
        <message>
            <source>Cancel the discount</source>
            <translation>Cancelar el descuento</translation>
        </message>
        <message>
            <source>Amount, e.g. {example}; 0 removes the discount</source>
            <translation>Importe, p. ej. {example}; 0 quita el descuento</translation>
        </message>
        <message>
            <source>Percent, e.g. 10 for 10 %; 0 removes the discount</source>
            <translation>Porcentaje, p. ej. 10 para 10 %; 0 quita el descuento</translation>
        </message>
        <message>
            <source>removing the discount on line {no}</source>
            <translation>quitar el descuento de la línea {no}</translation>
        </message>
        <message>
            <source>removing the discount on the sale</source>
            <translation>quitar el descuento de la venta</translation>
        </message>
        <message>
            <source>discount {value} on line {no}</source>
            <translation>descuento {value} en la línea {no}</translation>
        </message>
        <message>
            <source>discount {value} on the whole sale</source>
            <translation>descuento {value} en toda la venta</translation>
        </message>
        <message>
            <source>Type the discount (0 removes it)</source>
            <translation>Escriba el descuento (0 lo quita)</translation>
        </message>
        <message>
            <source>Not a number: {text}</source>
            <translation>No es un número: {text}</translation>
        </message>
        <message>
            <source>A discount cannot be negative</source>
            <translation>Un descuento no puede ser negativo</translation>
        </message>
        <message>
            <source>Use at most two decimals for a percentage</source>
            <translation>Use como máximo dos decimales en un porcentaje</translation>
        </message>
        <message>
            <source>A discount cannot be more than 100 %</source>
            <translation>Un descuento no puede superar el 100 %</translation>
        </message>
        <message>
            <source>Held sales</source>
            <translation>Ventas aparcadas</translation>
        </message>
        <message>
            <source>No held sales. Press F5 on a sale to hold it for later.</source>
            <translation>No hay ventas aparcadas. Pulse F5 en una venta para aparcarla.</translation>
        </message>
        <message>
            <source>Up and Down choose a sale; Enter resumes it</source>
            <translation>Arriba y Abajo eligen una venta; Intro la retoma</translation>
        </message>
        <message>
            <source>Held at</source>
            <translation>Aparcada a las</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cajero</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{time} (parked)</source>
            <translation>{time} (aparcada)</translation>
        </message>
        <message>
            <source>Resume (Enter)</source>
            <translation>Retomar (Intro)</translation>
        </message>
        <message>
            <source>Resume the selected sale</source>
            <translation>Retomar la venta seleccionada</translation>
        </message>
        <message>
            <source>Close held sales</source>
            <translation>Cerrar ventas aparcadas</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Wrong PIN or not allowed</source>
            <translation>PIN incorrecto o no permitido</translation>
        </message>
        <message>
            <source>Too many wrong PINs; try again in {n} s</source>
            <translation>Demasiados PIN incorrectos; inténtelo de nuevo en {n} s</translation>
        </message>
        <message>
            <source>Too many wrong PINs; try again in {n} min</source>
            <translation>Demasiados PIN incorrectos; inténtelo de nuevo en {n} min</translation>
        </message>
        <message>
            <source>Locked after too many wrong PINs: a manager must unlock it</source>
            <translation>Bloqueado tras demasiados PIN incorrectos: un gerente debe desbloquearlo</translation>
        </message>
        <message>
            <source>                 nothing was rejected: every row stays queued and goes once the configuration or the role is fixed</source>
            <translation>no se rechazó nada: cada fila sigue en cola y se envía en cuanto se corrija la configuración o el rol</translation>
        </message>
        <message>
            <source>A PIN is {low} to {high} digits</source>
            <translation>Un PIN tiene de {low} a {high} cifras</translation>
        </message>
        <message>
            <source>A Z report is only made for a closed shift</source>
            <translation>El informe Z solo se hace con el turno cerrado</translation>
        </message>
        <message>
            <source>A clawback needs a positive returned quantity of a sold line</source>
            <translation>Una recuperación de comisión necesita una cantidad devuelta positiva de una línea vendida</translation>
        </message>
        <message>
            <source>A count cannot be negative: count what is on the shelf (0 if it is empty)</source>
            <translation>Un recuento no puede ser negativo: cuente lo que hay en el estante (0 si está vacío)</translation>
        </message>
        <message>
            <source>A custom period needs its first and last day</source>
            <translation>Un periodo personalizado necesita su primer y su último día</translation>
        </message>
        <message>
            <source>A discount cannot be more than 100 % (got {pct} %)</source>
            <translation>Un descuento no puede superar el 100 % (se indicó {pct} %)</translation>
        </message>
        <message>
            <source>A discount cannot be negative</source>
            <translation>Un descuento no puede ser negativo</translation>
        </message>
        <message>
            <source>A discount of {value} is more than the amount it applies to ({base})</source>
            <translation>Un descuento de {value} supera el importe al que se aplica ({base})</translation>
        </message>
        <message>
            <source>A line must be attributed to at least one staff member</source>
            <translation>Una línea debe atribuirse al menos a un empleado</translation>
        </message>
        <message>
            <source>A paid-in or paid-out amount must be more than zero</source>
            <translation>Un ingreso o una retirada de efectivo debe ser mayor que cero</translation>
        </message>
        <message>
            <source>A paid-in or paid-out needs a reason</source>
            <translation>Un ingreso o una retirada de efectivo necesita un motivo</translation>
        </message>
        <message>
            <source>A plan needs an id and a name</source>
            <translation>Un plan necesita un id y un nombre</translation>
        </message>
        <message>
            <source>A post-void cannot itself be post-voided</source>
            <translation>Una anulación posterior no puede anularse a su vez</translation>
        </message>
        <message>
            <source>A price cannot be negative</source>
            <translation>Un precio no puede ser negativo</translation>
        </message>
        <message>
            <source>A report period must end after it starts</source>
            <translation>Un periodo de informe debe terminar después de empezar</translation>
        </message>
        <message>
            <source>A return reason is at most {n} characters</source>
            <translation>Un motivo de devolución tiene como máximo {n} caracteres</translation>
        </message>
        <message>
            <source>A returned line cannot be returned again</source>
            <translation>Una línea devuelta no puede devolverse de nuevo</translation>
        </message>
        <message>
            <source>A returned line keeps the discount it was sold with</source>
            <translation>Una línea devuelta conserva el descuento con el que se vendió</translation>
        </message>
        <message>
            <source>A shift is already open on terminal {terminal} (opened by {by} at {at}); close it with a Z report before opening another</source>
            <translation>Ya hay un turno abierto en el terminal {terminal} (abierto por {by} a las {at}); ciérrelo con un informe Z antes de abrir otro</translation>
        </message>
        <message>
            <source>A sold line cannot become a return line, or the reverse</source>
            <translation>Una línea vendida no puede convertirse en una devolución, ni al revés</translation>
        </message>
        <message>
            <source>A staff member appears twice in the split</source>
            <translation>Un empleado aparece dos veces en el reparto</translation>
        </message>
        <message>
            <source>A staff member must be given</source>
            <translation>Hay que indicar un empleado</translation>
        </message>
        <message>
            <source>A stock change could not be read and was set aside: tell support</source>
            <translation>No se pudo leer un cambio de existencias y se apartó: avise al soporte</translation>
        </message>
        <message>
            <source>A tender must be positive</source>
            <translation>Un pago debe ser positivo</translation>
        </message>
        <message>
            <source>A tender of zero does not pay anything</source>
            <translation>Un pago de cero no paga nada</translation>
        </message>
        <message>
            <source>A tender reference must be {forms}; {n} characters were typed</source>
            <translation>La referencia de un pago debe ser {forms}; se escribieron {n} caracteres</translation>
        </message>
        <message>
            <source>A tier schedule needs at least one tier</source>
            <translation>Una escala de tramos necesita al menos un tramo</translation>
        </message>
        <message>
            <source>A {by} cannot give or change the role {role}</source>
            <translation>Un {by} no puede dar ni cambiar el rol {role}</translation>
        </message>
        <message>
            <source>A {kind} tender needs its reference: {forms}</source>
            <translation>Un pago con {kind} necesita su referencia: {forms}</translation>
        </message>
        <message>
            <source>A {role} cannot read the journal; a manager or owner can</source>
            <translation>Un {role} no puede leer el diario; puede un gerente o el propietario</translation>
        </message>
        <message>
            <source>A {role} cannot {what}; only a {need} can</source>
            <translation>Un {role} no puede {what}; solo puede un {need}</translation>
        </message>
        <message>
            <source>Add at least one tier, starting at 0</source>
            <translation>Añada al menos un tramo, empezando en 0</translation>
        </message>
        <message>
            <source>Add something to the sale before taking payment</source>
            <translation>Añada algo a la venta antes de cobrar</translation>
        </message>
        <message>
            <source>Amount per unit: {error}</source>
            <translation>Importe por unidad: {error}</translation>
        </message>
        <message>
            <source>Amount: {error}</source>
            <translation>Importe: {error}</translation>
        </message>
        <message>
            <source>An empty sale cannot be completed</source>
            <translation>Una venta vacía no se puede completar</translation>
        </message>
        <message>
            <source>An opening float of {amount} is not plausible</source>
            <translation>Un fondo inicial de {amount} no es plausible</translation>
        </message>
        <message>
            <source>Attention        {count} item(s) need a person: pos-app reconcile --status</source>
            <translation>Atención: {count} elemento(s) necesitan a una persona: pos-app reconcile --status</translation>
        </message>
        <message>
            <source>Barcode {barcode} is on SKUs {owner} and {other} in Shopify. Scanning it rings up {owner}; {other} has no barcode here until the duplicate is fixed in Shopify admin</source>
            <translation>El código de barras {barcode} está en los SKU {owner} y {other} en Shopify. Al escanearlo se registra {owner}; {other} no tiene código de barras aquí hasta que se corrija el duplicado en el panel de Shopify</translation>
        </message>
        <message>
            <source>Cannot count {key}: the tenders are {names}</source>
            <translation>No se puede contar {key}: las formas de pago son {names}</translation>
        </message>
        <message>
            <source>Cannot deactivate {name}: they are the store's last manager. Add another manager first</source>
            <translation>No se puede desactivar a {name}: es el último gerente de la tienda. Añada antes otro gerente</translation>
        </message>
        <message>
            <source>Cannot pay out {amount}: the drawer should only hold {held}</source>
            <translation>No se puede retirar {amount}: el cajón solo debería tener {held}</translation>
        </message>
        <message>
            <source>Cannot take the manager's role from {name}: they are the store's last manager. Add another manager first</source>
            <translation>No se puede quitar el rol de gerente a {name}: es el último gerente de la tienda. Añada antes otro gerente</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <source>Cash rounding must be 1 (none) or more minor units, e.g. 5</source>
            <translation>El redondeo de efectivo debe ser 1 (ninguno) o más unidades mínimas, p. ej. 5</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cajero</translation>
        </message>
        <message>
            <source>Catalog          cancelled at {done} of {total} products: the next reconcile pulls the rest</source>
            <translation>Catálogo: cancelado en {done} de {total} productos: la próxima conciliación descarga el resto</translation>
        </message>
        <message>
            <source>Catalog          cancelled at {done} products: the next reconcile pulls the rest</source>
            <translation>Catálogo: cancelado en {done} productos: la próxima conciliación descarga el resto</translation>
        </message>
        <message>
            <source>Catalog          not pulled (cancelled): the next reconcile pulls it</source>
            <translation>Catálogo: no descargado (cancelado): la próxima conciliación lo descarga</translation>
        </message>
        <message>
            <source>Catalog          {read} variants read, {new} new, {changed} changed, {no_sku} without SKU, {collections} collections read</source>
            <translation>Catálogo: {read} variantes leídas, {new} nuevas, {changed} cambiadas, {no_sku} sin SKU, {collections} colecciones leídas</translation>
        </message>
        <message>
            <source>Central database (store {store})</source>
            <translation>Base de datos central (tienda {store})</translation>
        </message>
        <message>
            <source>Central schema   {what}</source>
            <translation>Esquema central: {what}</translation>
        </message>
        <message>
            <source>Central schema   {what} ({before} -&gt; {after})</source>
            <translation>Esquema central: {what} ({before} -&gt; {after})</translation>
        </message>
        <message>
            <source>Central sync backing off until {until}</source>
            <translation>Sincronización central en pausa hasta {until}</translation>
        </message>
        <message>
            <source>Choose or type the printer's form (e.g. usb:04b8:0202, network:192.0.2.10:9100)</source>
            <translation>Elija o escriba la forma de la impresora (p. ej. usb:04b8:0202, network:192.0.2.10:9100)</translation>
        </message>
        <message>
            <source>Choose your name first, then type your PIN</source>
            <translation>Elija primero su nombre y luego escriba su PIN</translation>
        </message>
        <message>
            <source>Code contains control characters: {code}</source>
            <translation>El código contiene caracteres de control: {code}</translation>
        </message>
        <message>
            <source>Code is too long ({n} characters): {start}…</source>
            <translation>El código es demasiado largo ({n} caracteres): {start}…</translation>
        </message>
        <message>
            <source>Commission plans are saved in the central database, and none is configured</source>
            <translation>Los planes de comisión se guardan en la base de datos central, y no hay ninguna configurada</translation>
        </message>
        <message>
            <source>Commission shares must be positive and add up to 100 %</source>
            <translation>Las partes de la comisión deben ser positivas y sumar el 100 %</translation>
        </message>
        <message>
            <source>Config           [central] written to {path}</source>
            <translation>Configuración: [central] escrito en {path}</translation>
        </message>
        <message>
            <source>Config           [shopify] written to {path}</source>
            <translation>Configuración: [shopify] escrito en {path}</translation>
        </message>
        <message>
            <source>Config: [printer] device = {device} written to {path}</source>
            <translation>Configuración: [printer] device = {device} escrito en {path}</translation>
        </message>
        <message>
            <source>Count every tender taken before closing; missing: {names}</source>
            <translation>Cuente todas las formas de pago cobradas antes de cerrar; faltan: {names}</translation>
        </message>
        <message>
            <source>Counted cash cannot be negative</source>
            <translation>El efectivo contado no puede ser negativo</translation>
        </message>
        <message>
            <source>Counted {counted}; this till expected {expected} on hand, but Shopify had {now}. The difference, {variance}, was sent instead: check the item in Shopify admin</source>
            <translation>Contados {counted}; esta caja esperaba {expected} en existencia, pero Shopify tenía {now}. Se envió la diferencia, {variance}: revise el artículo en el panel de Shopify</translation>
        </message>
        <message>
            <source>Counted {counted}; this till expected {expected} on hand, but the stock in Shopify had changed. The difference, {variance}, was sent instead: check the item in Shopify admin</source>
            <translation>Contados {counted}; esta caja esperaba {expected} en existencia, pero las existencias en Shopify habían cambiado. Se envió la diferencia, {variance}: revise el artículo en el panel de Shopify</translation>
        </message>
        <message>
            <source>Counts           {applied} applied, {variances} as variances, {stale} stale</source>
            <translation>Recuentos: {applied} aplicados, {variances} como diferencias, {stale} obsoletos</translation>
        </message>
        <message>
            <source>Each tier must start above the one before</source>
            <translation>Cada tramo debe empezar por encima del anterior</translation>
        </message>
        <message>
            <source>Enter the rate</source>
            <translation>Introduzca la tasa</translation>
        </message>
        <message>
            <source>Finding a sale by date or amount is not available here; type the receipt number</source>
            <translation>Buscar una venta por fecha o importe no está disponible aquí; escriba el número de recibo</translation>
        </message>
        <message>
            <source>From: {error}</source>
            <translation>Desde: {error}</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Tarjeta regalo</translation>
        </message>
        <message>
            <source>Give a date and time range or an amount to find a sale</source>
            <translation>Indique un intervalo de fecha y hora o un importe para buscar una venta</translation>
        </message>
        <message>
            <source>Give a reason for returning {what}: {choices} ({rule})</source>
            <translation>Indique un motivo para devolver {what}: {choices} ({rule})</translation>
        </message>
        <message>
            <source>Give the plan a name</source>
            <translation>Dé un nombre al plan</translation>
        </message>
        <message>
            <source>Hold or finish the current sale before resuming another</source>
            <translation>Ponga en espera o termine la venta actual antes de retomar otra</translation>
        </message>
        <message>
            <source>Invalid {kind} barcode {code}: check digit is {digit}, expected {expected}</source>
            <translation>Código de barras {kind} no válido {code}: el dígito de control es {digit}, se esperaba {expected}</translation>
        </message>
        <message>
            <source>Journal          {count} record(s) pushed</source>
            <translation>Diario: {count} registro(s) enviados</translation>
        </message>
        <message>
            <source>Journal          {count} record(s) pushed; STOPPED: {error}</source>
            <translation>Diario: {count} registro(s) enviados; DETENIDO: {error}</translation>
        </message>
        <message>
            <source>Levels           {updated} updated ({reads} bulk reads)</source>
            <translation>Existencias: {updated} actualizadas ({reads} lecturas masivas)</translation>
        </message>
        <message>
            <source>Line {no} is not in this sale</source>
            <translation>La línea {no} no está en esta venta</translation>
        </message>
        <message>
            <source>Location         {name} ({id})</source>
            <translation>Ubicación: {name} ({id})</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Gerente</translation>
        </message>
        <message>
            <source>Manager approval needed: {action} is above what a {role} may do alone (a {need} or above must approve)</source>
            <translation>Se necesita la aprobación de un gerente: {action} supera lo que un {role} puede hacer solo (debe aprobarlo un {need} o superior)</translation>
        </message>
        <message>
            <source>Manager approval needed: {action} of {amount} is above what a {role} may do alone (a {need} or above must approve)</source>
            <translation>Se necesita la aprobación de un gerente: {action} de {amount} supera lo que un {role} puede hacer solo (debe aprobarlo un {need} o superior)</translation>
        </message>
        <message>
            <source>Manager approval needed: {what}</source>
            <translation>Se necesita la aprobación de un gerente: {what}</translation>
        </message>
        <message>
            <source>Next: on each terminal, `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`</source>
            <translation>Después: en cada terminal, `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`</translation>
        </message>
        <message>
            <source>No Shopify stock level is known for {sku} at this location yet</source>
            <translation>Aún no se conoce ningún nivel de existencias de Shopify para {sku} en esta ubicación</translation>
        </message>
        <message>
            <source>No active staff member is called {name}; names are listed on the sign-in screen</source>
            <translation>Ningún empleado activo se llama {name}; los nombres aparecen en la pantalla de inicio de sesión</translation>
        </message>
        <message>
            <source>No cash drawer is connected</source>
            <translation>No hay ningún cajón portamonedas conectado</translation>
        </message>
        <message>
            <source>No commission plan covers {staff} on {day}</source>
            <translation>Ningún plan de comisión cubre a {staff} el {day}</translation>
        </message>
        <message>
            <source>No product variant with id {variant}</source>
            <translation>No hay ninguna variante de producto con el id {variant}</translation>
        </message>
        <message>
            <source>No product with SKU or code {code}</source>
            <translation>Ningún producto tiene el SKU o código {code}</translation>
        </message>
        <message>
            <source>No product with barcode {code}</source>
            <translation>Ningún producto tiene el código de barras {code}</translation>
        </message>
        <message>
            <source>No receipt has been printed on this terminal since start-up</source>
            <translation>No se ha impreso ningún recibo en este terminal desde el inicio</translation>
        </message>
        <message>
            <source>No sale {sale}</source>
            <translation>No existe la venta {sale}</translation>
        </message>
        <message>
            <source>No shift is open on terminal {terminal}; open one first</source>
            <translation>No hay ningún turno abierto en el terminal {terminal}; abra uno primero</translation>
        </message>
        <message>
            <source>No staff member called “{name}”</source>
            <translation>Ningún empleado se llama «{name}»</translation>
        </message>
        <message>
            <source>No staff member is called {name}</source>
            <translation>Ningún empleado se llama {name}</translation>
        </message>
        <message>
            <source>No staff member with id {staff}</source>
            <translation>No hay ningún empleado con el id {staff}</translation>
        </message>
        <message>
            <source>No valid commission plan for {staff} on {day}; unreadable plans: {reasons}</source>
            <translation>No hay ningún plan de comisión válido para {staff} el {day}; planes ilegibles: {reasons}</translation>
        </message>
        <message>
            <source>Nobody is signed in; a manager or owner can</source>
            <translation>Nadie ha iniciado sesión; puede un gerente o el propietario</translation>
        </message>
        <message>
            <source>Nobody is signed in; only a {need} can</source>
            <translation>Nadie ha iniciado sesión; solo puede un {need}</translation>
        </message>
        <message>
            <source>Not a receipt number: {typed}</source>
            <translation>No es un número de recibo: {typed}</translation>
        </message>
        <message>
            <source>Not a set of units of {title}: {spans}</source>
            <translation>No es un conjunto de unidades de {title}: {spans}</translation>
        </message>
        <message>
            <source>Not enough tendered: {amount} still to pay</source>
            <translation>Pago insuficiente: faltan {amount} por pagar</translation>
        </message>
        <message>
            <source>Not enough tendered: {amount} still to refund</source>
            <translation>Reembolso insuficiente: faltan {amount} por reembolsar</translation>
        </message>
        <message>
            <source>Nothing more is written into it. Read what is still there with `pos-app status` and copy it with `pos-app backup --to DIR`; then put the last good backup back with `pos-app restore FILE` (the damaged file is kept aside).</source>
            <translation>Ya no se escribe nada en ella. Lea lo que aún contiene con `pos-app status` y cópielo con `pos-app backup --to DIR`; después restaure la última copia buena con `pos-app restore FILE` (el archivo dañado se guarda aparte).</translation>
        </message>
        <message>
            <source>Nothing was scanned</source>
            <translation>No se escaneó nada</translation>
        </message>
        <message>
            <source>Only a completed sale can be post-voided</source>
            <translation>Solo una venta completada puede anularse posteriormente</translation>
        </message>
        <message>
            <source>Only a held sale can be resumed; this one is {status}</source>
            <translation>Solo se puede retomar una venta en espera; esta está {status}</translation>
        </message>
        <message>
            <source>Only cash can be more than what is due</source>
            <translation>Solo el efectivo puede superar el importe a pagar</translation>
        </message>
        <message>
            <source>Only cash can be more than what is due ({due})</source>
            <translation>Solo el efectivo puede superar el importe a pagar ({due})</translation>
        </message>
        <message>
            <source>Only {left} of {quantity} on {what} can still be returned; other returns (completed, held or open at another window) already take the rest ({rule})</source>
            <translation>Solo {left} de {quantity} de {what} se pueden devolver aún; otras devoluciones (completadas, en espera o abiertas en otra ventana) ya ocupan el resto ({rule})</translation>
        </message>
        <message>
            <source>Only {left} of {sold} × {title} can still be returned</source>
            <translation>Solo {left} de {sold} × {title} se pueden devolver aún</translation>
        </message>
        <message>
            <source>Open a shift before selling (F10)</source>
            <translation>Abra un turno antes de vender (F10)</translation>
        </message>
        <message>
            <source>Outcome          {outcome}</source>
            <translation>Resultado: {outcome}</translation>
        </message>
        <message>
            <source>Outcome          {outcome}: {message}</source>
            <translation>Resultado: {outcome}: {message}</translation>
        </message>
        <message>
            <source>Oversold         none</source>
            <translation>Vendido de más: ninguno</translation>
        </message>
        <message>
            <source>Oversold         {skus}</source>
            <translation>Vendido de más: {skus}</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>PAUSED           {error}</source>
            <translation>EN PAUSA: {error}</translation>
        </message>
        <message>
            <source>PIN must be {low} to {high} digits</source>
            <translation>El PIN debe tener de {low} a {high} cifras</translation>
        </message>
        <message>
            <source>Part of this sale was returned; return the rest instead</source>
            <translation>Parte de esta venta se devolvió; devuelva el resto en su lugar</translation>
        </message>
        <message>
            <source>Password         in the keyring (service {service}, user {user})</source>
            <translation>Contraseña: en el llavero (servicio {service}, usuario {user})</translation>
        </message>
        <message>
            <source>Password         kept in this computer's keyring</source>
            <translation>Contraseña: guardada en el llavero de este equipo</translation>
        </message>
        <message>
            <source>Plan {name}, bonus {i}: the threshold must be &gt; 0 and the amount &gt;= 0</source>
            <translation>Plan {name}, bono {i}: el umbral debe ser &gt; 0 y el importe &gt;= 0</translation>
        </message>
        <message>
            <source>Plan {name}, rule {i}</source>
            <translation>Plan {name}, regla {i}</translation>
        </message>
        <message>
            <source>Plan {name}, spiff {i}: say which items it pays on</source>
            <translation>Plan {name}, incentivo {i}: indique por qué artículos paga</translation>
        </message>
        <message>
            <source>Plan {name}, spiff {i}: the amount must be &gt;= 0</source>
            <translation>Plan {name}, incentivo {i}: el importe debe ser &gt;= 0</translation>
        </message>
        <message>
            <source>Plan {name}: it must end after it starts</source>
            <translation>Plan {name}: debe terminar después de empezar</translation>
        </message>
        <message>
            <source>Plan {name}: it pays nothing (no rate, spiff, tier or bonus)</source>
            <translation>Plan {name}: no paga nada (ni tasa, ni incentivo, ni tramo, ni bono)</translation>
        </message>
        <message>
            <source>Plan {name}: {error}</source>
            <translation>Plan {name}: {error}</translation>
        </message>
        <message>
            <source>Prices exclude tax; tax rounded {rounding}; cash rounding {cash}</source>
            <translation>Los precios no incluyen impuestos; impuesto redondeado {rounding}; redondeo del efectivo {cash}</translation>
        </message>
        <message>
            <source>Prices include tax; tax rounded {rounding}; cash rounding {cash}</source>
            <translation>Los precios incluyen impuestos; impuesto redondeado {rounding}; redondeo del efectivo {cash}</translation>
        </message>
        <message>
            <source>Printer {printer}: test page sent ({when})</source>
            <translation>Impresora {printer}: página de prueba enviada ({when})</translation>
        </message>
        <message>
            <source>Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s)</source>
            <translation>Recibidos: {plans} plan(es), {staff} empleados, {settings} ajuste(s) cambiados, {tills} total(es) de periodo de otras cajas</translation>
        </message>
        <message>
            <source>Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s), {flags} flag override(s)</source>
            <translation>Recibidos: {plans} plan(es), {staff} empleados, {settings} ajuste(s) cambiados, {tills} total(es) de periodo de otras cajas, {flags} ajuste(s) de funciones</translation>
        </message>
        <message>
            <source>Pushed           {events} events in {mutations} mutations, {rejected} set aside, {retries} retries</source>
            <translation>Enviados: {events} eventos en {mutations} mutaciones, {rejected} apartados, {retries} reintentos</translation>
        </message>
        <message>
            <source>Pushed           {pushed} record(s) in {batches} batch(es) ({topics}) in {seconds} s</source>
            <translation>Enviados: {pushed} registro(s) en {batches} lote(s) ({topics}) en {seconds} s</translation>
        </message>
        <message>
            <source>Pushed           {pushed} record(s) in {batches} batch(es) in {seconds} s</source>
            <translation>Enviados: {pushed} registro(s) en {batches} lote(s) en {seconds} s</translation>
        </message>
        <message>
            <source>Quantity must be a whole number, got {q}</source>
            <translation>La cantidad debe ser un número entero, no {q}</translation>
        </message>
        <message>
            <source>Quantity {q} is more than the limit of {limit}</source>
            <translation>La cantidad {q} supera el límite de {limit}</translation>
        </message>
        <message>
            <source>Rate: {error}</source>
            <translation>Tasa: {error}</translation>
        </message>
        <message>
            <source>Receipt {receipt} changed since it was looked up: units {units} of line {line} are returned or being returned now; look the receipt up again ({rule})</source>
            <translation>El recibo {receipt} cambió desde que se buscó: las unidades {units} de la línea {line} ya están devueltas o en devolución; vuelva a buscar el recibo ({rule})</translation>
        </message>
        <message>
            <source>Receipt {receipt} has no line {line}</source>
            <translation>El recibo {receipt} no tiene la línea {line}</translation>
        </message>
        <message>
            <source>Receipt {receipt} is from another till and the central database can't be reached; use a return without a receipt (manager)</source>
            <translation>El recibo {receipt} es de otra caja y no se puede acceder a la base de datos central; use una devolución sin recibo (gerente)</translation>
        </message>
        <message>
            <source>Receipt {receipt} is from another till and this terminal is not connected to a central database; use a return without a receipt (manager)</source>
            <translation>El recibo {receipt} es de otra caja y este terminal no está conectado a una base de datos central; use una devolución sin recibo (gerente)</translation>
        </message>
        <message>
            <source>Receipt {receipt} is not a completed sale</source>
            <translation>El recibo {receipt} no es una venta completada</translation>
        </message>
        <message>
            <source>Receipt {receipt} reached the central database without its lines; use a return without a receipt (manager)</source>
            <translation>El recibo {receipt} llegó a la base de datos central sin sus líneas; use una devolución sin recibo (gerente)</translation>
        </message>
        <message>
            <source>Receipt {receipt} was not found</source>
            <translation>No se encontró el recibo {receipt}</translation>
        </message>
        <message>
            <source>Receipt {receipt} was not found at any till of this store</source>
            <translation>El recibo {receipt} no se encontró en ninguna caja de esta tienda</translation>
        </message>
        <message>
            <source>Receipts are not available on this terminal</source>
            <translation>Los recibos no están disponibles en este terminal</translation>
        </message>
        <message>
            <source>Receipts start at #1.</source>
            <translation>Los recibos empiezan en el n.º 1.</translation>
        </message>
        <message>
            <source>Refunds for {what} would come to more than it cost ({refunded} of {paid}); remove the return line and add it again ({rule})</source>
            <translation>Los reembolsos de {what} superarían lo que costó ({refunded} de {paid}); quite la línea de devolución y añádala de nuevo ({rule})</translation>
        </message>
        <message>
            <source>Rejected         {rejected} this round; {total} need attention</source>
            <translation>Rechazados: {rejected} en esta ronda; {total} necesitan atención</translation>
        </message>
        <message>
            <source>Remove the tenders before you hold the sale</source>
            <translation>Quite los pagos antes de poner la venta en espera</translation>
        </message>
        <message>
            <source>Return 1 to {limit} units</source>
            <translation>Devuelva de 1 a {limit} unidades</translation>
        </message>
        <message>
            <source>Return at least one unit</source>
            <translation>Devuelva al menos una unidad</translation>
        </message>
        <message>
            <source>Return line {no} ({title}) has {has}; the store's reasons are {choices}: remove the line and return it again with one ({rule})</source>
            <translation>La línea de devolución {no} ({title}) tiene {has}; los motivos de la tienda son {choices}: quite la línea y devuélvala de nuevo con uno de ellos ({rule})</translation>
        </message>
        <message>
            <source>Return line {no} does not say which units of {title} it refunds; remove it and add it again ({rule})</source>
            <translation>La línea de devolución {no} no indica qué unidades de {title} reembolsa; quítela y añádala de nuevo ({rule})</translation>
        </message>
        <message>
            <source>Returning {returning} after {before} of {sold} units is more than was sold</source>
            <translation>Devolver {returning} después de {before} de {sold} unidades es más de lo vendido</translation>
        </message>
        <message>
            <source>Reverse the card payment on the card terminal and remove it first</source>
            <translation>Anule primero el pago con tarjeta en el terminal de tarjetas y quítelo</translation>
        </message>
        <message>
            <source>SKU {sku} is not a stock-tracked Shopify item at this location: its stock change was set aside. Track it in Shopify admin, or fix the SKU</source>
            <translation>El SKU {sku} no es un artículo de Shopify con existencias controladas en esta ubicación: su cambio de existencias se apartó. Active el control en el panel de Shopify o corrija el SKU</translation>
        </message>
        <message>
            <source>Sale {sale} should have {n} lines stored, but {found} were found</source>
            <translation>La venta {sale} debería tener {n} líneas guardadas, pero se encontraron {found}</translation>
        </message>
        <message>
            <source>Say which items the spiff pays on (SKU, collection or type)</source>
            <translation>Indique por qué artículos paga el incentivo (SKU, colección o tipo)</translation>
        </message>
        <message>
            <source>Say why cash is {word}: a reason is required</source>
            <translation>Indique por qué se ha {word} efectivo: el motivo es obligatorio</translation>
        </message>
        <message>
            <source>Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked)</source>
            <translation>Liquidado: {count} registro(s) de tramo/bonificación escritos para la tienda {store} ({periods} periodo(s) revisados)</translation>
        </message>
        <message>
            <source>Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked, current and previous month included)</source>
            <translation>Liquidado: {count} registro(s) de tramo/bonificación escritos para la tienda {store} ({periods} periodo(s) revisados, incluidos el mes actual y el anterior)</translation>
        </message>
        <message>
            <source>Settlement       by the store's settlement role</source>
            <translation>Liquidación: la hace el rol de liquidación de la tienda</translation>
        </message>
        <message>
            <source>Settlement       by the store's settlement role, not this terminal's (pos-app commission-settle --central-url ...)</source>
            <translation>Liquidación: la hace el rol de liquidación de la tienda, no el de este terminal (pos-app commission-settle --central-url ...)</translation>
        </message>
        <message>
            <source>Shifts are not available on this terminal</source>
            <translation>Los turnos no están disponibles en este terminal</translation>
        </message>
        <message>
            <source>Shop             {name} ({domain}), sells in {currency}; API {version}</source>
            <translation>Tienda Shopify: {name} ({domain}), vende en {currency}; API {version}</translation>
        </message>
        <message>
            <source>Shopify API      {requests} requests, {points} cost points, {throttled} throttled ({seconds} s waited)</source>
            <translation>API de Shopify: {requests} peticiones, {points} puntos de coste, {throttled} limitadas ({seconds} s de espera)</translation>
        </message>
        <message>
            <source>Shopify does not know the location {location}: check the store's location in Shopify admin and in the set-up wizard</source>
            <translation>Shopify no conoce la ubicación {location}: revise la ubicación de la tienda en el panel de Shopify y en el asistente de configuración</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal</source>
            <translation>Shopify no está configurado en este terminal</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal, so there is no stock to count against</source>
            <translation>Shopify no está configurado en este terminal, así que no hay existencias con las que comparar el recuento</translation>
        </message>
        <message>
            <source>Shopify keeps failing; sync paused for {n} s</source>
            <translation>Shopify sigue fallando; sincronización en pausa durante {n} s</translation>
        </message>
        <message>
            <source>Shopify no longer has this item: check in Shopify admin that the product exists and tracks its stock</source>
            <translation>Shopify ya no tiene este artículo: compruebe en el panel de Shopify que el producto existe y controla sus existencias</translation>
        </message>
        <message>
            <source>Shopify refused the quantity as out of range: check the item's stock in Shopify admin and count it again</source>
            <translation>Shopify rechazó la cantidad por estar fuera de rango: revise las existencias del artículo en el panel de Shopify y vuelva a contarlo</translation>
        </message>
        <message>
            <source>Shopify refused the stock change (code {code}): tell support</source>
            <translation>Shopify rechazó el cambio de existencias (código {code}): avise al soporte</translation>
        </message>
        <message>
            <source>Shopify shows {available} available for {sku}: units were sold twice while the till was offline. Count the item and check recent orders</source>
            <translation>Shopify muestra {available} disponibles de {sku}: se vendieron unidades dos veces mientras la caja estaba sin conexión. Cuente el artículo y revise los pedidos recientes</translation>
        </message>
        <message>
            <source>Sign in first</source>
            <translation>Inicie sesión primero</translation>
        </message>
        <message>
            <source>Staff name contains control characters</source>
            <translation>El nombre del empleado contiene caracteres de control</translation>
        </message>
        <message>
            <source>Staff name is longer than {n} characters</source>
            <translation>El nombre del empleado supera los {n} caracteres</translation>
        </message>
        <message>
            <source>Staff name is required</source>
            <translation>El nombre del empleado es obligatorio</translation>
        </message>
        <message>
            <source>Still pending    {count}</source>
            <translation>Aún pendientes: {count}</translation>
        </message>
        <message>
            <source>Stopped          {error}</source>
            <translation>Detenido: {error}</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Crédito de tienda</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Switching a feature flag for the store needs a manager or the owner</source>
            <translation>Cambiar una función de la tienda requiere un gerente o el propietario</translation>
        </message>
        <message>
            <source>Tax class {code} ({name}): {rates}</source>
            <translation>Clase de impuesto {code} ({name}): {rates}</translation>
        </message>
        <message>
            <source>Terminal role    {role} for store {store}, terminal {terminal}</source>
            <translation>Rol del terminal: {role} para la tienda {store}, terminal {terminal}</translation>
        </message>
        <message>
            <source>That command id belongs to another sale</source>
            <translation>Ese id de orden pertenece a otra venta</translation>
        </message>
        <message>
            <source>That item was already resolved</source>
            <translation>Ese aviso ya se resolvió</translation>
        </message>
        <message>
            <source>That line is already being returned in this sale</source>
            <translation>Esa línea ya se está devolviendo en esta venta</translation>
        </message>
        <message>
            <source>That looks like a full card number. Never type a card number: enter the approval code from the card terminal or the last four digits (e.g. *1234).</source>
            <translation>Eso parece un número de tarjeta completo. Nunca escriba un número de tarjeta: introduzca el código de autorización del terminal de tarjetas o los cuatro últimos dígitos (p. ej. *1234).</translation>
        </message>
        <message>
            <source>That tender is already on the sale</source>
            <translation>Ese pago ya está en la venta</translation>
        </message>
        <message>
            <source>That tender is not on the sale</source>
            <translation>Ese pago no está en la venta</translation>
        </message>
        <message>
            <source>The amount {word} must be more than zero (got {amount})</source>
            <translation>El importe {word} debe ser mayor que cero (se indicó {amount})</translation>
        </message>
        <message>
            <source>The cash refund is more than what is due</source>
            <translation>El reembolso en efectivo supera lo que corresponde</translation>
        </message>
        <message>
            <source>The central database's URL (postgresql+psycopg://ROLE@HOST/DB) and the store id are both required; or skip this step to keep the embedded database</source>
            <translation>Se necesitan la URL de la base de datos central (postgresql+psycopg://ROLE@HOST/DB) y el id de la tienda; o salte este paso para quedarse con la base de datos integrada</translation>
        </message>
        <message>
            <source>The count of {tender} is not plausible</source>
            <translation>El recuento de {tender} no es plausible</translation>
        </message>
        <message>
            <source>The data directory cannot be used: {detail}</source>
            <translation>No se puede usar el directorio de datos: {detail}</translation>
        </message>
        <message>
            <source>The disk holding the sales database is full ({detail})</source>
            <translation>El disco de la base de datos de ventas está lleno ({detail})</translation>
        </message>
        <message>
            <source>The disk is full: {detail}</source>
            <translation>El disco está lleno: {detail}</translation>
        </message>
        <message>
            <source>The end of the range is before its start</source>
            <translation>El final del intervalo es anterior a su inicio</translation>
        </message>
        <message>
            <source>The first tier must start at 0</source>
            <translation>El primer tramo debe empezar en 0</translation>
        </message>
        <message>
            <source>The last day of the period is before its first day</source>
            <translation>El último día del periodo es anterior al primero</translation>
        </message>
        <message>
            <source>The open shift is in {currency} but the store is now set to {store}; set the store currency back to {currency} to close it (its float was {float})</source>
            <translation>El turno abierto está en {currency} pero la tienda está ahora en {store}; vuelva a poner la moneda de la tienda en {currency} para cerrarlo (su fondo era {float})</translation>
        </message>
        <message>
            <source>The opening float cannot be negative</source>
            <translation>El fondo inicial no puede ser negativo</translation>
        </message>
        <message>
            <source>The opening float cannot be negative (got {amount})</source>
            <translation>El fondo inicial no puede ser negativo (se indicó {amount})</translation>
        </message>
        <message>
            <source>The owner's name is required</source>
            <translation>Falta el nombre del propietario</translation>
        </message>
        <message>
            <source>The period is a month or a week</source>
            <translation>El periodo es un mes o una semana</translation>
        </message>
        <message>
            <source>The plan must end after it starts</source>
            <translation>El plan debe terminar después de empezar</translation>
        </message>
        <message>
            <source>The plan needs an id</source>
            <translation>El plan necesita un id</translation>
        </message>
        <message>
            <source>The plan pays nothing yet: add a rate, a spiff, tiers or a bonus</source>
            <translation>El plan aún no paga nada: añada una tasa, un incentivo, tramos o un bono</translation>
        </message>
        <message>
            <source>The price of a returned line is the price it was sold at</source>
            <translation>El precio de una línea devuelta es el precio al que se vendió</translation>
        </message>
        <message>
            <source>The reason is too long (at most {n} characters)</source>
            <translation>El motivo es demasiado largo (como máximo {n} caracteres)</translation>
        </message>
        <message>
            <source>The refund is more than what is due</source>
            <translation>El reembolso supera lo que corresponde</translation>
        </message>
        <message>
            <source>The refund is more than what is due ({due})</source>
            <translation>El reembolso supera lo que corresponde ({due})</translation>
        </message>
        <message>
            <source>The return of line {line} of receipt {receipt} names units that are not on it ({units} of {quantity}); look the receipt up again ({rule})</source>
            <translation>La devolución de la línea {line} del recibo {receipt} indica unidades que no están en él ({units} de {quantity}); vuelva a buscar el recibo ({rule})</translation>
        </message>
        <message>
            <source>The sale is already paid in full</source>
            <translation>La venta ya está pagada por completo</translation>
        </message>
        <message>
            <source>The sale is {status}; it cannot be changed</source>
            <translation>La venta está {status}; no se puede cambiar</translation>
        </message>
        <message>
            <source>The sale is {status}; use a post-void or a return</source>
            <translation>La venta está {status}; use una anulación posterior o una devolución</translation>
        </message>
        <message>
            <source>The sale now comes to nothing: remove the tenders first</source>
            <translation>La venta ya no suma nada: quite primero los pagos</translation>
        </message>
        <message>
            <source>The sale total changed: remove the tenders and take payment again</source>
            <translation>El total de la venta cambió: quite los pagos y vuelva a cobrar</translation>
        </message>
        <message>
            <source>The sales database cannot be written: {detail}</source>
            <translation>No se puede escribir en la base de datos de ventas: {detail}</translation>
        </message>
        <message>
            <source>The sales database is damaged ({detail}). {advice}</source>
            <translation>La base de datos de ventas está dañada ({detail}). {advice}</translation>
        </message>
        <message>
            <source>The shift is closed; cash can no longer be paid in or out</source>
            <translation>El turno está cerrado; ya no se puede ingresar ni retirar efectivo</translation>
        </message>
        <message>
            <source>The shift opened at {at} is already closed</source>
            <translation>El turno abierto a las {at} ya está cerrado</translation>
        </message>
        <message>
            <source>The stock in Shopify changed while the count was sent: count the item again</source>
            <translation>Las existencias en Shopify cambiaron mientras se enviaba el recuento: vuelva a contar el artículo</translation>
        </message>
        <message>
            <source>The store id is required</source>
            <translation>Falta el id de la tienda</translation>
        </message>
        <message>
            <source>The store name is required</source>
            <translation>Falta el nombre de la tienda</translation>
        </message>
        <message>
            <source>The terminal id is required</source>
            <translation>Falta el id de la caja</translation>
        </message>
        <message>
            <source>The till's database is busy; try again in a moment</source>
            <translation>La base de datos de la caja está ocupada; inténtelo de nuevo en un momento</translation>
        </message>
        <message>
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>Los dos PIN no coinciden: escriba el mismo PIN dos veces</translation>
        </message>
        <message>
            <source>There is already an active staff member named {name}</source>
            <translation>Ya hay un empleado activo llamado {name}</translation>
        </message>
        <message>
            <source>There is no Z report number {z} on terminal {terminal}</source>
            <translation>No hay ningún informe Z número {z} en el terminal {terminal}</translation>
        </message>
        <message>
            <source>There is nothing to hold</source>
            <translation>No hay nada que poner en espera</translation>
        </message>
        <message>
            <source>This field</source>
            <translation>Este campo</translation>
        </message>
        <message>
            <source>This item is not stocked at {location} in Shopify: stock it there in Shopify admin, then send the set-aside changes again (Send again in this list, or pos-app reconcile --retry-rejected)</source>
            <translation>Este artículo no tiene existencias en {location} en Shopify: añádalo allí en el panel de Shopify y vuelva a enviar los cambios apartados (Enviar de nuevo en esta lista, o pos-app reconcile --retry-rejected)</translation>
        </message>
        <message>
            <source>This sale is a refund: tender a negative amount</source>
            <translation>Esta venta es un reembolso: indique un importe negativo</translation>
        </message>
        <message>
            <source>This sale was already post-voided</source>
            <translation>Esta venta ya se anuló posteriormente</translation>
        </message>
        <message>
            <source>This store already has staff; a manager adds people with `pos-app staff add`</source>
            <translation>Esta tienda ya tiene personal; un gerente añade personas con `pos-app staff add`</translation>
        </message>
        <message>
            <source>This terminal ({terminal})</source>
            <translation>Esta terminal ({terminal})</translation>
        </message>
        <message>
            <source>Threshold: {error}</source>
            <translation>Umbral: {error}</translation>
        </message>
        <message>
            <source>Tier thresholds must increase strictly</source>
            <translation>Los umbrales de los tramos deben ser estrictamente crecientes</translation>
        </message>
        <message>
            <source>Token            from POS_APP_SHOPIFY_TOKEN (kept there, not stored)</source>
            <translation>Token: de POS_APP_SHOPIFY_TOKEN (se queda ahí, no se guarda)</translation>
        </message>
        <message>
            <source>Token            stored in the keyring (service {service}, user {user})</source>
            <translation>Token: guardado en el llavero (servicio {service}, usuario {user})</translation>
        </message>
        <message>
            <source>Unknown receipt choice {choice}</source>
            <translation>Opción de recibo desconocida {choice}</translation>
        </message>
        <message>
            <source>Unknown role {text} (one of {choices})</source>
            <translation>Rol desconocido {text} (uno de {choices})</translation>
        </message>
        <message>
            <source>Unknown tax class {code}</source>
            <translation>Clase de impuesto desconocida {code}</translation>
        </message>
        <message>
            <source>Unknown tax class {code} on {sku}</source>
            <translation>Clase de impuesto desconocida {code} en {sku}</translation>
        </message>
        <message>
            <source>Wrong PIN or not allowed. {then}</source>
            <translation>PIN incorrecto o no permitido. {then}</translation>
        </message>
        <message>
            <source>alerts</source>
            <translation>avisos</translation>
        </message>
        <message>
            <source>already current</source>
            <translation>ya al día</translation>
        </message>
        <message>
            <source>an approval code (4 to 12 letters or digits, e.g. ABC123) or the card's last four digits (e.g. *1234)</source>
            <translation>un código de autorización (de 4 a 12 letras o cifras, p. ej. ABC123) o los cuatro últimos dígitos de la tarjeta (p. ej. *1234)</translation>
        </message>
        <message>
            <source>auth_failed</source>
            <translation>acceso denegado</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>ocupado</translation>
        </message>
        <message>
            <source>card</source>
            <translation>tarjeta</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>efectivo</translation>
        </message>
        <message>
            <source>cash in</source>
            <translation>ingreso de efectivo</translation>
        </message>
        <message>
            <source>cash out</source>
            <translation>retirada de efectivo</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>cajero</translation>
        </message>
        <message>
            <source>central connect failed</source>
            <translation>No se pudo conectar esta caja a la base de datos central</translation>
        </message>
        <message>
            <source>central database, store {store}</source>
            <translation>base de datos central, tienda {store}</translation>
        </message>
        <message>
            <source>central init failed</source>
            <translation>No se pudo preparar la base de datos central</translation>
        </message>
        <message>
            <source>central sync paused: {error}</source>
            <translation>La sincronización central está en pausa: {error}</translation>
        </message>
        <message>
            <source>central sync stopped: {error}</source>
            <translation>La sincronización central se detuvo: {error}</translation>
        </message>
        <message>
            <source>change commission plans</source>
            <translation>cambiar los planes de comisión</translation>
        </message>
        <message>
            <source>commission records</source>
            <translation>registros de comisión</translation>
        </message>
        <message>
            <source>commission settlement refused: {error}</source>
            <translation>La liquidación de comisiones fue rechazada: {error}</translation>
        </message>
        <message>
            <source>commission settlement stopped: {error}</source>
            <translation>La liquidación de comisiones se detuvo: {error}</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completada</translation>
        </message>
        <message>
            <source>contains ','; write the decimal separator as '.' and no thousands separators, like 1234.50</source>
            <translation>contiene ','; escriba el separador decimal como '.' y sin separadores de miles, como 1234.50</translation>
        </message>
        <message>
            <source>contains '_'; write the digits without separators, like 1000</source>
            <translation>contiene '_'; escriba las cifras sin separadores, como 1000</translation>
        </message>
        <message>
            <source>contains a space; write one number without spaces or thousands separators, like 1234.50</source>
            <translation>contiene un espacio; escriba un solo número sin espacios ni separadores de miles, como 1234.50</translation>
        </message>
        <message>
            <source>contains {ch}, a digit of another script; write the digits 0-9</source>
            <translation>contiene {ch}, una cifra de otra escritura; escriba las cifras 0-9</translation>
        </message>
        <message>
            <source>contains {ch}; write only digits and one decimal separator, like 12.99</source>
            <translation>contiene {ch}; escriba solo cifras y un separador decimal, como 12.99</translation>
        </message>
        <message>
            <source>count stock</source>
            <translation>recuento de existencias</translation>
        </message>
        <message>
            <source>created</source>
            <translation>creado</translation>
        </message>
        <message>
            <source>discount over limit</source>
            <translation>descuento por encima del límite</translation>
        </message>
        <message>
            <source>edit plans</source>
            <translation>editar los planes</translation>
        </message>
        <message>
            <source>edit staff</source>
            <translation>editar el personal</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>expected version {expected}, but the sale is at version {actual}</source>
            <translation>se esperaba la versión {expected}, pero la venta está en la versión {actual}</translation>
        </message>
        <message>
            <source>gift card</source>
            <translation>tarjeta regalo</translation>
        </message>
        <message>
            <source>has more decimal places than {currency} allows ({n})</source>
            <translation>tiene más decimales de los que admite {currency} ({n})</translation>
        </message>
        <message>
            <source>has more than one {separator}; write it without thousands separators, like 1234.50</source>
            <translation>tiene más de un {separator}; escríbalo sin separadores de miles, como 1234.50</translation>
        </message>
        <message>
            <source>held</source>
            <translation>en espera</translation>
        </message>
        <message>
            <source>import catalog</source>
            <translation>importar el catálogo</translation>
        </message>
        <message>
            <source>is in scientific notation; write it as a plain number, like 100 or 0.5</source>
            <translation>está en notación científica; escríbalo como un número normal, como 100 o 0.5</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>is too large</source>
            <translation>es demasiado grande</translation>
        </message>
        <message>
            <source>it was written after the record now numbered {seq}: records were reordered</source>
            <translation>se escribió después del registro que ahora tiene la sec. {seq}: se reordenaron registros</translation>
        </message>
        <message>
            <source>it was written right after seq {seq}: seq {first} to {last} were put in between</source>
            <translation>se escribió justo después de la sec. {seq}: las sec. {first} a {last} se metieron en medio</translation>
        </message>
        <message>
            <source>its MAC does not verify and the next record was written right after the one before it: it was inserted</source>
            <translation>su MAC no se verifica y el registro siguiente se escribió justo después del anterior: se insertó</translation>
        </message>
        <message>
            <source>its MAC does not verify: the record was altered</source>
            <translation>su MAC no se verifica: el registro fue alterado</translation>
        </message>
        <message>
            <source>its MAC does not verify: the record was altered, or added by someone without the key</source>
            <translation>su MAC no se verifica: el registro fue alterado, o lo añadió alguien sin la clave</translation>
        </message>
        <message>
            <source>line void</source>
            <translation>anulación de línea</translation>
        </message>
        <message>
            <source>line {line} of receipt {receipt}</source>
            <translation>la línea {line} del recibo {receipt}</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>gerente</translation>
        </message>
        <message>
            <source>mixes ',' and '.'; write it without thousands separators, like 1234.50</source>
            <translation>mezcla ',' y '.'; escríbalo sin separadores de miles, como 1234.50</translation>
        </message>
        <message>
            <source>must be a number like 12.99</source>
            <translation>debe ser un número como 12.99</translation>
        </message>
        <message>
            <source>must be a number like 12.99, not NaN or Infinity</source>
            <translation>debe ser un número como 12.99, no NaN ni Infinity</translation>
        </message>
        <message>
            <source>must be more than 0</source>
            <translation>debe ser mayor que 0</translation>
        </message>
        <message>
            <source>must be written without a '+' sign, like {example}</source>
            <translation>debe escribirse sin el signo '+', como {example}</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>no puede ser negativo</translation>
        </message>
        <message>
            <source>needs a digit on each side of the decimal separator, like 0.50 or 12.00</source>
            <translation>necesita una cifra a cada lado del separador decimal, como 0.50 o 12.00</translation>
        </message>
        <message>
            <source>no reason</source>
            <translation>ningún motivo</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>sin conexión</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>correcto</translation>
        </message>
        <message>
            <source>over 100 % is not allowed</source>
            <translation>no se admite más del 100 %</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>per line</source>
            <translation>por línea</translation>
        </message>
        <message>
            <source>per total</source>
            <translation>sobre el total</translation>
        </message>
        <message>
            <source>record of terminal {terminal} in this chain</source>
            <translation>registro del terminal {terminal} en esta cadena</translation>
        </message>
        <message>
            <source>recorded at first start</source>
            <translation>registrados en el primer arranque</translation>
        </message>
        <message>
            <source>records through seq {through} are known to have been written; the journal ends at seq {last}</source>
            <translation>se sabe que se escribieron registros hasta la sec. {through}; el diario termina en la sec. {last}</translation>
        </message>
        <message>
            <source>seq {first} missing (deleted): the record after seq {prev} is seq {next}</source>
            <translation>falta la sec. {first} (borrada): el registro tras la sec. {prev} es la sec. {next}</translation>
        </message>
        <message>
            <source>seq {first} to {last} missing (deleted): the record after seq {prev} is seq {next}</source>
            <translation>faltan las sec. {first} a {last} (borradas): el registro tras la sec. {prev} es la sec. {next}</translation>
        </message>
        <message>
            <source>shifts</source>
            <translation>turnos</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>personal</translation>
        </message>
        <message>
            <source>terminal {terminal}</source>
            <translation>terminal {terminal}</translation>
        </message>
        <message>
            <source>the central database at {url} cannot be reached or refused the login: {error}. Check the host, the database and the owner's password ({env})</source>
            <translation>No se puede llegar a la base de datos central en {url} o rechazó el inicio de sesión: {error}. Compruebe el servidor, la base de datos y la contraseña del propietario ({env})</translation>
        </message>
        <message>
            <source>the next record was written right after seq {seq}: this one was inserted</source>
            <translation>el registro siguiente se escribió justo después de la sec. {seq}: este se insertó</translation>
        </message>
        <message>
            <source>the record it was written after is no longer in the journal (deleted, and the rest renumbered)</source>
            <translation>el registro tras el que se escribió ya no está en el diario (borrado, y el resto renumerado)</translation>
        </message>
        <message>
            <source>this store's Shopify location</source>
            <translation>la ubicación de Shopify de esta tienda</translation>
        </message>
        <message>
            <source>this terminal</source>
            <translation>esta terminal</translation>
        </message>
        <message>
            <source>two records are numbered {seq}</source>
            <translation>dos registros tienen la sec. {seq}</translation>
        </message>
        <message>
            <source>upgraded</source>
            <translation>actualizado</translation>
        </message>
        <message>
            <source>use at most two decimals for a percentage</source>
            <translation>use como máximo dos decimales en un porcentaje</translation>
        </message>
        <message>
            <source>use at most {n} decimal(s) for {currency}</source>
            <translation>use como máximo {n} decimal(es) para {currency}</translation>
        </message>
        <message>
            <source>{error}. Set {env} to the role's password on this terminal (it was not shown and is not kept anywhere else; run this again with --password-stdin to choose one)</source>
            <translation>{error}. Ponga en {env} la contraseña del rol en este terminal (no se mostró ni se guarda en ningún otro sitio; vuelva a ejecutar esto con --password-stdin para elegir una)</translation>
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
            <translation>{where}: no se admite una tasa superior al 100 % ({bp} pb)</translation>
        </message>
        <message>
            <source>{where}: the rate must be a whole number &gt;= 0</source>
            <translation>{where}: la tasa debe ser un número entero &gt;= 0</translation>
        </message>
        <message>
            <source>“{code}” is not a currency code such as USD</source>
            <translation>«{code}» no es un código de moneda como USD</translation>
        </message>
        <message>
            <source>“{text}” is not a percentage</source>
            <translation>«{text}» no es un porcentaje</translation>
        </message>
        <message>
            <source>“{text}” is not a role ({roles})</source>
            <translation>«{text}» no es un rol ({roles})</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of units</source>
            <translation>«{text}» no es un número entero de unidades</translation>
        </message>
        <message>
            <source>“{text}” is not an amount</source>
            <translation>«{text}» no es un importe</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <source>  {staff} bonus           {period} plan {plan}: {amount} (version {version})</source>
            <translation>  {staff} bono {period} plan {plan}: {amount} (versión {version})</translation>
        </message>
        <message>
            <source>  {staff} bonus           {period} plan {plan}: {amount} (version {version}) [{reason}]</source>
            <translation>  {staff} bono {period} plan {plan}: {amount} (versión {version}) [{reason}]</translation>
        </message>
        <message>
            <source>  {staff} tier adjustment {period} plan {plan}: {amount} (version {version})</source>
            <translation>  {staff} ajuste de tramo {period} plan {plan}: {amount} (versión {version})</translation>
        </message>
        <message>
            <source>  {staff} tier adjustment {period} plan {plan}: {amount} (version {version}) [{reason}]</source>
            <translation>  {staff} ajuste de tramo {period} plan {plan}: {amount} (versión {version}) [{reason}]</translation>
        </message>
        <message>
            <source>Started store {store} ({name}), terminal {terminal}</source>
            <translation>Tienda {store} ({name}) iniciada, terminal {terminal}</translation>
        </message>
        <message>
            <source>open drawer</source>
            <translation>abrir el cajón</translation>
        </message>
        <message>
            <source>open the back office</source>
            <translation>abrir la administración</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>propietario</translation>
        </message>
        <message>
            <source>paid in</source>
            <translation>ingresado</translation>
        </message>
        <message>
            <source>paid out</source>
            <translation>retirado</translation>
        </message>
        <message>
            <source>parked</source>
            <translation>aparcada</translation>
        </message>
        <message>
            <source>post void</source>
            <translation>anulación posterior</translation>
        </message>
        <message>
            <source>price override</source>
            <translation>cambio de precio</translation>
        </message>
        <message>
            <source>price override on {sku} ({rule})</source>
            <translation>cambio de precio en {sku} ({rule})</translation>
        </message>
        <message>
            <source>refund other tender</source>
            <translation>reembolso a otra forma de pago</translation>
        </message>
        <message>
            <source>refund to {tender} (the sale was paid by {paid}) ({rule})</source>
            <translation>reembolso a {tender} (la venta se pagó con {paid}) ({rule})</translation>
        </message>
        <message>
            <source>resolve stock attention</source>
            <translation>resolver avisos de existencias</translation>
        </message>
        <message>
            <source>return no receipt</source>
            <translation>devolución sin recibo</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>crédito de tienda</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>the discount on line {no} ({title}) is now {pct} % of the line</source>
            <translation>el descuento de la línea {no} ({title}) es ahora el {pct} % de la línea</translation>
        </message>
        <message>
            <source>the discount on the whole sale is now {pct} % of the sale</source>
            <translation>el descuento de toda la venta es ahora el {pct} % de la venta</translation>
        </message>
        <message>
            <source>the reason {reason}</source>
            <translation>el motivo {reason}</translation>
        </message>
        <message>
            <source>the returned item</source>
            <translation>el artículo devuelto</translation>
        </message>
        <message>
            <source>tier from {threshold}</source>
            <translation>tramo desde {threshold}</translation>
        </message>
        <message>
            <source>void</source>
            <translation>anulación</translation>
        </message>
        <message>
            <source>voided</source>
            <translation>anulada</translation>
        </message>
        <message>
            <source>{amount} {word} is not plausible</source>
            <translation>{amount} {word} no es plausible</translation>
        </message>
        <message>
            <source>{code} is not a receipt barcode</source>
            <translation>{code} no es un código de barras de recibo</translation>
        </message>
        <message>
            <source>{counted} is more than {limit}: was a barcode scanned into the count?</source>
            <translation>{counted} es más que {limit}: ¿se escaneó un código de barras en el recuento?</translation>
        </message>
        <message>
            <source>{error}: the sale total is now lower than the tenders; remove a tender first</source>
            <translation>{error}: el total de la venta es ahora menor que los pagos; quite primero un pago</translation>
        </message>
        <message>
            <source>{error}: {why}</source>
            <translation>{error}: {why}</translation>
        </message>
        <message>
            <source>{name} is deactivated: reactivate them first</source>
            <translation>{name} está desactivado: reactívelo primero</translation>
        </message>
        <message>
            <source>{name} is deactivated: reactivate them with a new PIN</source>
            <translation>{name} está desactivado: reactívelo con un PIN nuevo</translation>
        </message>
        <message>
            <source>{n} active staff members are called {name}: name one by id ({ids})</source>
            <translation>{n} empleados activos se llaman {name}: indique uno por su id ({ids})</translation>
        </message>
        <message>
            <source>{one} or {other}</source>
            <translation>{one} o {other}</translation>
        </message>
        <message>
            <source>{reason} is not one of the store's return reasons: {choices} ({rule})</source>
            <translation>{reason} no es uno de los motivos de devolución de la tienda: {choices} ({rule})</translation>
        </message>
        <message>
            <source>{receipt} of terminal {terminal}</source>
            <translation>{receipt} del terminal {terminal}</translation>
        </message>
        <message>
            <source>{role} cannot approve {action}; a {need} or above must approve</source>
            <translation>{role} no puede aprobar {action}; debe aprobarlo un {need} o superior</translation>
        </message>
        <message>
            <source>{staff} is not an active staff member of this store</source>
            <translation>{staff} no es un empleado activo de esta tienda</translation>
        </message>
        <message>
            <source>{tender} was counted twice</source>
            <translation>{tender} se contó dos veces</translation>
        </message>
        <message>
            <source>{title} ({sku}) is not stock-tracked in Shopify; there is nothing to count</source>
            <translation>{title} ({sku}) no lleva control de existencias en Shopify; no hay nada que contar</translation>
        </message>
        <message>
            <source>{title} is priced in {currency} but this sale is in {sale}; the store's currency and its catalog disagree</source>
            <translation>{title} tiene precio en {currency} pero esta venta es en {sale}; la moneda de la tienda y su catálogo no coinciden</translation>
        </message>
        <message>
            <source>{title} on receipt {receipt} was already returned</source>
            <translation>{title} del recibo {receipt} ya se devolvió</translation>
        </message>
        <message>
            <source>{what} looks like it holds a full card number. Never type a card number; remove it and try again.</source>
            <translation>{what} parece contener un número de tarjeta completo. Nunca escriba un número de tarjeta; quítelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{what} {text} {problem}</source>
            <translation>{what} {text} {problem}</translation>
        </message>
        <message>
            <source>Quantity cannot be zero; remove the line instead</source>
            <translation>La cantidad no puede ser cero; quite la línea</translation>
        </message>
        <message>
            <source>Quantity cannot be negative ({q}); use a return</source>
            <translation>La cantidad no puede ser negativa ({q}); use una devolución</translation>
        </message>
        <message>
            <source>Change the quantity of a return by removing and re-adding it</source>
            <translation>Para cambiar la cantidad de una devolución, quítela y vuelva a añadirla</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Descuento</translation>
        </message>
        <message>
            <source>Something went wrong; the error was logged.</source>
            <translation>Algo salió mal; el error quedó registrado.</translation>
        </message>
        <message>
            <source>Row {n}: {problem}</source>
            <translation>Fila {n}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Sales (net)</source>
            <translation>Ventas (netas)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>Sale commission</source>
            <translation>Comisión por ventas</translation>
        </message>
        <message>
            <source>Clawbacks</source>
            <translation>Reintegros</translation>
        </message>
        <message>
            <source>Tier adjustments</source>
            <translation>Ajustes de tramo</translation>
        </message>
        <message>
            <source>Bonuses</source>
            <translation>Bonos</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Comisión</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <source>all stores and terminals</source>
            <translation>todas las tiendas y terminales</translation>
        </message>
        <message>
            <source>this terminal's records only ({terminal})</source>
            <translation>solo los registros de esta terminal ({terminal})</translation>
        </message>
        <message>
            <source>Central database</source>
            <translation>Base de datos central</translation>
        </message>
        <message>
            <source>Local data</source>
            <translation>Datos locales</translation>
        </message>
        <message>
            <source>as of {time}</source>
            <translation>a {time}</translation>
        </message>
        <message>
            <source>no records yet</source>
            <translation>aún sin registros</translation>
        </message>
        <message>
            <source>last terminal push {time}</source>
            <translation>último envío de terminal {time}</translation>
        </message>
        <message>
            <source>{n} record(s) not yet sent to the central database</source>
            <translation>{n} registro(s) aún sin enviar a la base de datos central</translation>
        </message>
        <message>
            <source>Offline: {why}. {text}</source>
            <translation>Sin conexión: {why}. {text}</translation>
        </message>
        <message>
            <source>store {store}</source>
            <translation>tienda {store}</translation>
        </message>
        <message>
            <source>terminal {terminal}</source>
            <translation>terminal {terminal}</translation>
        </message>
        <message>
            <source>all stores and terminals in the source</source>
            <translation>todas las tiendas y terminales del origen</translation>
        </message>
        <message>
            <source>{n} record(s) in {currency}</source>
            <translation>{n} registro(s) en {currency}</translation>
        </message>
        <message>
            <source>Not included (another currency): {what}.</source>
            <translation>No incluido (otra moneda): {what}.</translation>
        </message>
        <message>
            <source>Commission · {period}</source>
            <translation>Comisión · {period}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>del {first} al {last}</translation>
        </message>
        <message>
            <source>Amounts in {currency}. Generated {when}.</source>
            <translation>Importes en {currency}. Generado el {when}.</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Mes pasado</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Rango personalizado</translation>
        </message>
        <message>
            <source>One terminal: the sales and returns rung up on it (tier and bonus progress stays store-wide). Tier adjustments and bonuses are under "{label}" and in "All terminals".</source>
            <translation>Una terminal: las ventas y devoluciones cobradas en ella (el progreso de tramos y bonos sigue siendo de toda la tienda). Los ajustes de tramo y los bonos están en "{label}" y en "Todas las terminales".</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Tienda</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Refresh  F5</source>
            <translation>Actualizar  F5</translation>
        </message>
        <message>
            <source>Read again (and try the central database again if it was unreachable)</source>
            <translation>Leer de nuevo (y reintentar la base de datos central si no se pudo acceder)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>All stores</source>
            <translation>Todas las tiendas</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>Todas las terminales</translation>
        </message>
        <message>
            <source>All staff</source>
            <translation>Todo el personal</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>{rate} % of commands refused or failed in the last hour (limit {limit} %)</source>
            <translation>{rate} % de las órdenes rechazadas o fallidas en la última hora (límite {limit} %)</translation>
        </message>
        <message>
            <source>Oldest item waiting for {channel}: {n} min (limit {limit} min)</source>
            <translation>El elemento más antiguo esperando a {channel}: {n} min (límite {limit} min)</translation>
        </message>
        <message>
            <source>An open sale is {n} bytes (budget {limit})</source>
            <translation>Una venta abierta ocupa {n} bytes (límite {limit})</translation>
        </message>
        <message>
            <source>Disk almost full: {n} % free (under {limit} %)</source>
            <translation>Disco casi lleno: {n} % libre (menos del {limit} %)</translation>
        </message>
        <message>
            <source>No backup has been made yet</source>
            <translation>Aún no se ha hecho ninguna copia de seguridad</translation>
        </message>
        <message>
            <source>Backup overdue: the last one is {n} h old</source>
            <translation>Copia de seguridad atrasada: la última tiene {n} h</translation>
        </message>
        <message>
            <source>Shopify refuses this till: check its access token</source>
            <translation>Shopify rechaza esta caja: revise su token de acceso</translation>
        </message>
        <message>
            <source>Central database not reached for {n} h</source>
            <translation>Sin contacto con la base de datos central desde hace {n} h</translation>
        </message>
        <message>
            <source>Waiting to sync: {channel}</source>
            <translation>Pendiente de sincronizar: {channel}</translation>
        </message>
        <message>
            <source>Refused or failed commands</source>
            <translation>Órdenes rechazadas o fallidas</translation>
        </message>
        <message>
            <source>Open sale size</source>
            <translation>Tamaño de una venta abierta</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>Espacio en disco</translation>
        </message>
        <message>
            <source>Backup overdue</source>
            <translation>Copia de seguridad atrasada</translation>
        </message>
        <message>
            <source>Shopify access</source>
            <translation>Acceso a Shopify</translation>
        </message>
        <message>
            <source>Central database unreachable</source>
            <translation>Base de datos central inaccesible</translation>
        </message>
        <message>
            <source>the central database</source>
            <translation>la base de datos central</translation>
        </message>
        <message>
            <source>the journal</source>
            <translation>el diario</translation>
        </message>
        <message>
            <source>Shopify</source>
            <translation>Shopify</translation>
        </message>
        <message>
            <source>Alert: {text}</source>
            <translation>Alerta: {text}</translation>
        </message>
        <message>
            <source>{n} alerts: {text}</source>
            <translation>{n} alertas: {text}</translation>
        </message>
        <message>
            <source>online</source>
            <translation>en línea</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>sin conexión</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>aún sin sincronizar</translation>
        </message>
        <message>
            <source>on</source>
            <translation>activada</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivada</translation>
        </message>
        <message>
            <source>central database, version {n}</source>
            <translation>base de datos central, versión {n}</translation>
        </message>
        <message>
            <source>this till's config file [flags]</source>
            <translation>archivo de configuración de esta caja [flags]</translation>
        </message>
        <message>
            <source>this till's environment ({name})</source>
            <translation>entorno de esta caja ({name})</translation>
        </message>
        <message>
            <source>default</source>
            <translation>predeterminado</translation>
        </message>
        <message>
            <source>Health of this till</source>
            <translation>Estado de esta caja</translation>
        </message>
        <message>
            <source>Last day (D)</source>
            <translation>Último día (D)</translation>
        </message>
        <message>
            <source>Last week (W)</source>
            <translation>Última semana (W)</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Actualizar (F5)</translation>
        </message>
        <message>
            <source>Charts over the last day</source>
            <translation>Gráficos del último día</translation>
        </message>
        <message>
            <source>Charts over the last week</source>
            <translation>Gráficos de la última semana</translation>
        </message>
        <message>
            <source>Read the health figures again</source>
            <translation>Volver a leer las cifras de estado</translation>
        </message>
        <message>
            <source>Firing alerts</source>
            <translation>Alertas activas</translation>
        </message>
        <message>
            <source>Disk, backup and feature flags</source>
            <translation>Disco, copia de seguridad y funciones activadas</translation>
        </message>
        <message>
            <source>Feature flag</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Feature flags: each flag, on or off, and where its value comes from</source>
            <translation>Funciones: cada una, activada o desactivada, y de dónde viene su valor</translation>
        </message>
        <message>
            <source>Command latency, p99 (ms)</source>
            <translation>Latencia de órdenes, p99 (ms)</translation>
        </message>
        <message>
            <source>No commands measured yet. Each scan, tender and sale at the counter is timed; the minute's figures are written every minute and drawn here.</source>
            <translation>Aún no se han medido órdenes. Cada escaneo, pago y venta en la caja se cronometra; las cifras se guardan cada minuto y se dibujan aquí.</translation>
        </message>
        <message>
            <source>Command latency chart</source>
            <translation>Gráfico de latencia de órdenes</translation>
        </message>
        <message>
            <source>Waiting to sync, per channel</source>
            <translation>En espera de sincronizar, por canal</translation>
        </message>
        <message>
            <source>No queue figures yet. While the till runs, how many items wait for the central database, the journal and Shopify is sampled every minute and drawn here.</source>
            <translation>Aún no hay cifras de colas. Mientras la caja funciona, cada minuto se mide cuántos elementos esperan a la base de datos central, al diario y a Shopify, y se dibuja aquí.</translation>
        </message>
        <message>
            <source>Sync queue chart</source>
            <translation>Gráfico de colas de sincronización</translation>
        </message>
        <message>
            <source>Refused or failed commands (%)</source>
            <translation>Órdenes rechazadas o fallidas (%)</translation>
        </message>
        <message>
            <source>No commands measured yet: the share the till refused or could not complete appears here once the counter sells.</source>
            <translation>Aún no se han medido órdenes: la parte que la caja rechazó o no pudo completar aparece aquí en cuanto se vende.</translation>
        </message>
        <message>
            <source>Error rate chart</source>
            <translation>Gráfico de tasa de errores</translation>
        </message>
        <message>
            <source>Recent alerts (H)</source>
            <translation>Alertas recientes (H)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Raised or cleared</source>
            <translation>Activada o resuelta</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Recent alerts: when each alert was raised or cleared, newest first</source>
            <translation>Alertas recientes: cuándo se activó o resolvió cada alerta, la más reciente primero</translation>
        </message>
        <message>
            <source>No alert has been raised on this till yet. Each one is listed here when it is raised and when it clears.</source>
            <translation>Esta caja aún no ha tenido ninguna alerta. Cada una aparece aquí al activarse y al resolverse.</translation>
        </message>
        <message>
            <source>Recent alerts: none yet</source>
            <translation>Alertas recientes: ninguna todavía</translation>
        </message>
        <message>
            <source>… and {n} more (pos-app status)</source>
            <translation>… y {n} más (pos-app status)</translation>
        </message>
        <message>
            <source>No alert is firing. Alerts appear here and at the counter when a threshold of [monitoring] is crossed.</source>
            <translation>No hay alertas activas. Las alertas aparecen aquí y en la caja cuando se supera un umbral de [monitoring].</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>activada</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>resuelta</translation>
        </message>
        <message>
            <source>{alert} raised {when}: {detail}</source>
            <translation>{alert} activada el {when}: {detail}</translation>
        </message>
        <message>
            <source>{alert} cleared {when}</source>
            <translation>{alert} resuelta el {when}</translation>
        </message>
        <message>
            <source>{state} ({source}) from the next start</source>
            <translation>{state} ({source}) desde el próximo inicio</translation>
        </message>
        <message>
            <source>Set by {who}</source>
            <translation>Cambiada por {who}</translation>
        </message>
        <message>
            <source>Disk: {n} % free</source>
            <translation>Disco: {n} % libre</translation>
        </message>
        <message>
            <source>Disk: free space unknown</source>
            <translation>Disco: espacio libre desconocido</translation>
        </message>
        <message>
            <source>Last backup: {at}</source>
            <translation>Última copia: {at}</translation>
        </message>
        <message>
            <source>Last backup: none yet (pos-app backup, or the daily backup)</source>
            <translation>Última copia: ninguna aún (pos-app backup, o la copia diaria)</translation>
        </message>
        <message>
            <source>Open sales: {n} bytes stored (budget {b} a sale)</source>
            <translation>Ventas abiertas: {n} bytes guardados (límite {b} por venta)</translation>
        </message>
        <message>
            <source>Last hour: {n} commands, p50 {p50} ms, p99 {p99} ms</source>
            <translation>Última hora: {n} órdenes, p50 {p50} ms, p99 {p99} ms</translation>
        </message>
        <message>
            <source>Feature flags in force: {flags}</source>
            <translation>Funciones activadas: {flags}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>{channel}: {state}, {n} waiting</source>
            <translation>{channel}: {state}, {n} en espera</translation>
        </message>
        <message>
            <source>p99</source>
            <translation>p99</translation>
        </message>
        <message>
            <source>refused or failed</source>
            <translation>rechazadas o fallidas</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprobado por</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>No journal records match.
Every sale, refund, void, line void, discount, price override, drawer opening, cash movement, shift, failed PIN, approval, catalog import and plan or staff change is written here as it happens.</source>
            <translation>Ningún registro del diario coincide.
Cada venta, reembolso, anulación, línea anulada, descuento, cambio de precio, apertura de cajón, movimiento de efectivo, turno, PIN fallido, aprobación, importación de catálogo y cambio de plan o de personal se anota aquí en el momento.</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>recibo</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>importe</translation>
        </message>
        <message>
            <source>payments</source>
            <translation>pagos</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>cantidad</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>precio unitario</translation>
        </message>
        <message>
            <source>list price</source>
            <translation>precio de lista</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>rounding</source>
            <translation>redondeo</translation>
        </message>
        <message>
            <source>float</source>
            <translation>fondo de caja</translation>
        </message>
        <message>
            <source>variance</source>
            <translation>diferencia</translation>
        </message>
        <message>
            <source>lines voided before</source>
            <translation>líneas anuladas antes</translation>
        </message>
        <message>
            <source>reverses sale</source>
            <translation>revierte la venta</translation>
        </message>
        <message>
            <source>line</source>
            <translation>línea</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>cajero</translation>
        </message>
        <message>
            <source>approved by</source>
            <translation>aprobado por</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>personal</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>Z number</source>
            <translation>número Z</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>líneas</translation>
        </message>
        <message>
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>ajustes</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>cambiado</translation>
        </message>
        <message>
            <source>for {name}</source>
            <translation>para {name}</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Venta</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Reembolso</translation>
        </message>
        <message>
            <source>Post void</source>
            <translation>Anulación posterior</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Anular</translation>
        </message>
        <message>
            <source>Line void</source>
            <translation>Línea anulada</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Descuento</translation>
        </message>
        <message>
            <source>Discount over limit</source>
            <translation>Descuento sobre el límite</translation>
        </message>
        <message>
            <source>Discount cleared</source>
            <translation>Descuento quitado</translation>
        </message>
        <message>
            <source>Price override</source>
            <translation>Cambio de precio</translation>
        </message>
        <message>
            <source>Return no receipt</source>
            <translation>Devolución sin recibo</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Aprobación</translation>
        </message>
        <message>
            <source>Open drawer</source>
            <translation>Apertura de cajón</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Entrada de efectivo</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Salida de efectivo</translation>
        </message>
        <message>
            <source>Shift open</source>
            <translation>Turno abierto</translation>
        </message>
        <message>
            <source>Shift close</source>
            <translation>Cierre de turno</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>Inicio de sesión fallido</translation>
        </message>
        <message>
            <source>Count stock</source>
            <translation>Recuento de inventario</translation>
        </message>
        <message>
            <source>Resolve stock attention</source>
            <translation>Inventario resuelto</translation>
        </message>
        <message>
            <source>Refused stock changes sent again</source>
            <translation>Cambios de inventario rechazados reenviados</translation>
        </message>
        <message>
            <source>Catalog import</source>
            <translation>Importación de catálogo</translation>
        </message>
        <message>
            <source>Plan change</source>
            <translation>Cambio de plan</translation>
        </message>
        <message>
            <source>Staff change</source>
            <translation>Cambio de personal</translation>
        </message>
        <message>
            <source>Settings change</source>
            <translation>Cambio de configuración</translation>
        </message>
        <message>
            <source>Backup key shown</source>
            <translation>Clave de copia mostrada</translation>
        </message>
        <message>
            <source>Owner's authority used</source>
            <translation>Autoridad del propietario usada</translation>
        </message>
        <message>
            <source>Tax class set</source>
            <translation>Clase de impuesto fijada</translation>
        </message>
        <message>
            <source>Journal of {where}: no records yet</source>
            <translation>Diario de {where}: aún sin registros</translation>
        </message>
        <message>
            <source>{terminal}: BROKEN at seq {seq} — {message}; verified up to seq {through}</source>
            <translation>{terminal}: ROTA en la sec. {seq} — {message}; verificada hasta la sec. {through}</translation>
        </message>
        <message>
            <source>{terminal}: verified up to seq {through}; seq {first} to {last} intact but not provable here (their key is not on this machine)</source>
            <translation>{terminal}: verificada hasta la sec. {through}; sec. {first} a {last} intactas pero no comprobables aquí (su clave no está en esta máquina)</translation>
        </message>
        <message>
            <source>{terminal}: chain verified, seq 1 to {last}</source>
            <translation>{terminal}: cadena verificada, sec. 1 a {last}</translation>
        </message>
        <message>
            <source>Journal of {where} — {chains}</source>
            <translation>Diario de {where} — {chains}</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Verify chain  Ctrl+Shift+V</source>
            <translation>Verificar cadena  Ctrl+Mayús+V</translation>
        </message>
        <message>
            <source>Recompute every record's MAC from the first one (as `pos-app verify-audit` does)</source>
            <translation>Recalcular el MAC de cada registro desde el primero (como hace `pos-app verify-audit`)</translation>
        </message>
        <message>
            <source>Verifying the chain…</source>
            <translation>Verificando la cadena…</translation>
        </message>
        <message>
            <source>Search sale, SKU, reason…</source>
            <translation>Buscar venta, SKU, motivo…</translation>
        </message>
        <message>
            <source>Words in the action, staff, sale id or detail; Enter to search</source>
            <translation>Palabras de la acción, el personal, el id de venta o el detalle; Intro para buscar</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Todas las acciones</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>Todas las terminales</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>The chain has not been verified yet</source>
            <translation>La cadena aún no se ha verificado</translation>
        </message>
        <message>
            <source>{status}  (checked {time})</source>
            <translation>{status}  (verificado a las {time})</translation>
        </message>
        <message>
            <source>The first broken record of this terminal's chain</source>
            <translation>El primer registro roto de la cadena de esta terminal</translation>
        </message>
        <message>
            <source>{n} record(s) (the newest shown; narrow the filter to see older ones) · newest first · records cannot be changed or deleted</source>
            <translation>{n} registro(s) (se muestran los más recientes; afine el filtro para ver los anteriores) · los más recientes primero · los registros no se pueden cambiar ni borrar</translation>
        </message>
        <message>
            <source>{n} record(s) · newest first · records cannot be changed or deleted</source>
            <translation>{n} registro(s) · los más recientes primero · los registros no se pueden cambiar ni borrar</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Sign in first: that was a scan, not a PIN. Choose your name and type your PIN, then scan.</source>
            <translation>Inicie sesión primero: eso fue un escaneo, no un PIN. Elija su nombre y escriba su PIN; después, escanee.</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Choose your name, then type your PIN</source>
            <translation>Elija su nombre y escriba su PIN</translation>
        </message>
        <message>
            <source>DEMO STORE: nothing here is a real sale. Demo PINs:</source>
            <translation>TIENDA DE DEMOSTRACIÓN: aquí nada es una venta real. PIN de prueba:</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Mensaje de inicio de sesión</translation>
        </message>
        <message>
            <source>Manager unlock…</source>
            <translation>Desbloqueo por gerente…</translation>
        </message>
        <message>
            <source>Manager unlock</source>
            <translation>Desbloqueo por gerente</translation>
        </message>
        <message>
            <source>A manager enters their PIN to let the chosen person try again</source>
            <translation>Un gerente escribe su PIN para que la persona elegida pueda volver a intentarlo</translation>
        </message>
        <message>
            <source>Signing in: {name}</source>
            <translation>Iniciando sesión: {name}</translation>
        </message>
        <message>
            <source>You can try your PIN again now</source>
            <translation>Ya puede volver a intentar su PIN</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} s</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>Too many wrong PINs; try again in {wait}</source>
            <translation>Demasiados PIN incorrectos; inténtelo de nuevo en {wait}</translation>
        </message>
        <message>
            <source>Choose your name first: click it, or type its first letters or use the arrow keys</source>
            <translation>Elija primero su nombre: haga clic, escriba sus primeras letras o use las flechas</translation>
        </message>
        <message>
            <source>Type your PIN</source>
            <translation>Escriba su PIN</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>this person</source>
            <translation>esta persona</translation>
        </message>
        <message>
            <source>unlock {name}</source>
            <translation>desbloquear a {name}</translation>
        </message>
        <message>
            <source>Not unlocked: {reason}</source>
            <translation>No desbloqueado: {reason}</translation>
        </message>
        <message>
            <source>the error was logged.</source>
            <translation>el error quedó registrado.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Staff member</source>
            <translation>Empleado</translation>
        </message>
        <message>
            <source>Choose who is signing in or approving: touch, or Up and Down arrows, or the first letters of the name</source>
            <translation>Elija quién inicia sesión o aprueba: toque, use las flechas arriba y abajo o escriba las primeras letras del nombre</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Your PIN, 4 to {n} digits; Enter to confirm, Del clears</source>
            <translation>Su PIN, de 4 a {n} dígitos; Intro confirma, Supr borra</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear
Del</source>
            <translation>Borrar
Supr</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Clear PIN</source>
            <translation>Borrar PIN</translation>
        </message>
        <message>
            <source>Enter PIN</source>
            <translation>Escriba el PIN</translation>
        </message>
        <message>
            <source>Digit {digit}</source>
            <translation>Dígito {digit}</translation>
        </message>
        <message>
            <source>Clears the PIN (Del)</source>
            <translation>Borra el PIN (Supr)</translation>
        </message>
        <message>
            <source>Key: Del</source>
            <translation>Tecla: Supr</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>% of sales</source>
            <translation>% de las ventas</translation>
        </message>
        <message>
            <source>Fixed per unit</source>
            <translation>Fijo por unidad</translation>
        </message>
        <message>
            <source>Sales value</source>
            <translation>Valor de ventas</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <source>Marginal (each band at its rate)</source>
            <translation>Marginal (cada tramo a su tasa)</translation>
        </message>
        <message>
            <source>Whole period (all at the tier reached)</source>
            <translation>Periodo completo (todo al tramo alcanzado)</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Colección</translation>
        </message>
        <message>
            <source>Product
type</source>
            <translation>Tipo de
producto</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Rows ({action} adds one)</source>
            <translation>Filas ({action} añade una)</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Planes</translation>
        </message>
        <message>
            <source>Commission plans</source>
            <translation>Planes de comisión</translation>
        </message>
        <message>
            <source>No plans yet. A new one is open on the right: name it, give it a rate, save.</source>
            <translation>Aún no hay planes. Hay uno nuevo abierto a la derecha: póngale nombre, una tasa y guárdelo.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>What this plan would have paid, next to what was paid (nothing is saved)</source>
            <translation>Lo que este plan habría pagado, junto a lo pagado (no se guarda nada)</translation>
        </message>
        <message>
            <source>{action}  Ins</source>
            <translation>{action}  Insert</translation>
        </message>
        <message>
            <source>Remove selected  Del</source>
            <translation>Quitar selección  Supr</translation>
        </message>
        <message>
            <source>New plan  Ctrl+N</source>
            <translation>Nuevo plan  Ctrl+N</translation>
        </message>
        <message>
            <source>Reload plan  Ctrl+R</source>
            <translation>Recargar plan  Ctrl+R</translation>
        </message>
        <message>
            <source>Preview  Ctrl+P</source>
            <translation>Vista previa  Ctrl+P</translation>
        </message>
        <message>
            <source>Save plan  Ctrl+S</source>
            <translation>Guardar plan  Ctrl+S</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>e.g. Floor staff 2027</source>
            <translation>p. ej. Personal de sala 2027</translation>
        </message>
        <message>
            <source>made from the name</source>
            <translation>se genera a partir del nombre</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Week (Monday first)</source>
            <translation>Semana (empieza el lunes)</translation>
        </message>
        <message>
            <source>All stores</source>
            <translation>Todas las tiendas</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>Termina el</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Empieza el</translation>
        </message>
        <message>
            <source>Everyone (or names, separated by commas)</source>
            <translation>Todos (o nombres separados por comas)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Tienda</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>(none ticked: every role)</source>
            <translation>(ninguno marcado: todos los roles)</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Rates</source>
            <translation>Tasas</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tasa</translation>
        </message>
        <message>
            <source>Add rate</source>
            <translation>Añadir tasa</translation>
        </message>
        <message>
            <source>The most specific matching row pays (SKU, then collection, then product type; then staff member, then role). Empty cells match anything.</source>
            <translation>Paga la fila coincidente más específica (SKU, luego colección, luego tipo de producto; luego empleado, luego rol). Las celdas vacías coinciden con todo.</translation>
        </message>
        <message>
            <source>Spiffs (a fixed amount per unit, on top of the rate)</source>
            <translation>Incentivos (un importe fijo por unidad, además de la tasa)</translation>
        </message>
        <message>
            <source>Amount
per unit</source>
            <translation>Importe
por unidad</translation>
        </message>
        <message>
            <source>Add spiff</source>
            <translation>Añadir incentivo</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Tramos</translation>
        </message>
        <message>
            <source>Pay a tiered rate on the period's sales</source>
            <translation>Pagar una tasa por tramos sobre las ventas del periodo</translation>
        </message>
        <message>
            <source>by</source>
            <translation>por</translation>
        </message>
        <message>
            <source>From (sales value or units)</source>
            <translation>Desde (valor de ventas o unidades)</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Tasa %</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>Añadir tramo</translation>
        </message>
        <message>
            <source>The first tier starts at 0; each next one starts higher.</source>
            <translation>El primer tramo empieza en 0; cada uno de los siguientes empieza más arriba.</translation>
        </message>
        <message>
            <source>Bonuses (paid once the period reaches a threshold)</source>
            <translation>Bonos (se pagan cuando el periodo alcanza un umbral)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <source>Bonus amount</source>
            <translation>Importe del bono</translation>
        </message>
        <message>
            <source>Add bonus</source>
            <translation>Añadir bono</translation>
        </message>
        <message>
            <source>Press Preview to see what this plan would have paid last period, next to what was paid. Nothing is saved.</source>
            <translation>Pulse Vista previa para ver lo que este plan habría pagado el periodo pasado, junto a lo pagado. No se guarda nada.</translation>
        </message>
        <message>
            <source>Sales (net)</source>
            <translation>Ventas (netas)</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagado</translation>
        </message>
        <message>
            <source>Would pay</source>
            <translation>Pagaría</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>Only a manager or owner can change commission plans.</source>
            <translation>Solo un gerente o el propietario pueden cambiar los planes de comisión.</translation>
        </message>
        <message>
            <source>store {store}</source>
            <translation>tienda {store}</translation>
        </message>
        <message>
            <source>all stores</source>
            <translation>todas las tiendas</translation>
        </message>
        <message>
            <source> to {date}</source>
            <translation> al {date}</translation>
        </message>
        <message>
            <source>{name}
version {version} · {scope}
from {date}{until}</source>
            <translation>{name}
versión {version} · {scope}
desde el {date}{until}</translation>
        </message>
        <message>
            <source>Editing “{name}”, version {version}.</source>
            <translation>Editando «{name}», versión {version}.</translation>
        </message>
        <message>
            <source>A new plan: give it a name and at least one rate, spiff, tier or bonus.</source>
            <translation>Un plan nuevo: póngale un nombre y al menos una tasa, incentivo, tramo o bono.</translation>
        </message>
        <message>
            <source>Not saved: fix the fields marked in red.</source>
            <translation>No guardado: corrija los campos en rojo.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Not saved: a plan with the id “{id}” already exists. Choose another id.</source>
            <translation>No guardado: ya existe un plan con el id «{id}». Elija otro id.</translation>
        </message>
        <message>
            <source>Not saved: someone else saved “{name}” while you were editing (you started from version {expected}; it is now version {actual}). Reload it to see their changes, then make yours again.</source>
            <translation>No guardado: otra persona guardó «{name}» mientras usted editaba (partió de la versión {expected}; ahora es la versión {actual}). Recárguelo para ver sus cambios y vuelva a hacer los suyos.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <source>Saved “{name}” as version {version}. Terminals pick it up at their next sync.</source>
            <translation>Guardado «{name}» como versión {version}. Las terminales lo recibirán en su próxima sincronización.</translation>
        </message>
        <message>
            <source>Last period ({period})</source>
            <translation>Periodo anterior ({period})</translation>
        </message>
        <message>
            <source>This period so far ({period})</source>
            <translation>Este periodo hasta ahora ({period})</translation>
        </message>
        <message>
            <source>Cannot preview: fix the fields marked in red.</source>
            <translation>No se puede previsualizar: corrija los campos en rojo.</translation>
        </message>
        <message>
            <source>Working out what “{name}” would have paid in {period}…</source>
            <translation>Calculando lo que «{name}» habría pagado en {period}…</translation>
        </message>
        <message>
            <source>central database</source>
            <translation>base de datos central</translation>
        </message>
        <message>
            <source>this terminal only</source>
            <translation>solo esta terminal</translation>
        </message>
        <message>
            <source>What “{name}” would have paid in {period} ({source}), next to what was paid. Nothing was saved.</source>
            <translation>Lo que «{name}» habría pagado en {period} ({source}), junto a lo pagado. No se guardó nada.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Nobody this plan covers sold anything in {period}.</source>
            <translation>Nadie cubierto por este plan vendió nada en {period}.</translation>
        </message>
        <message>
            <source>Previewed against {period}.</source>
            <translation>Vista previa con {period}.</translation>
        </message>
        <message>
            <source>{n} record(s) of staff this plan does not cover are left out</source>
            <translation>{n} registro(s) de personal que este plan no cubre quedan fuera</translation>
        </message>
        <message>
            <source>{n} return(s) of sales made before the period are clawed back at this plan's rate without tier parts</source>
            <translation>{n} devolución(es) de ventas anteriores al periodo se descuentan a la tarifa de este plan sin la parte por tramos</translation>
        </message>
        <message>
            <source>{n} return(s) whose sale is unknown here are left out</source>
            <translation>{n} devolución(es) cuya venta no se conoce aquí quedan fuera</translation>
        </message>
        <message>
            <source>The plan is in {plan} but the records are in {records}</source>
            <translation>El plan está en {plan} pero los registros están en {records}</translation>
        </message>
        <message>
            <source>No sales in {period} to preview against</source>
            <translation>No hay ventas en {period} para la vista previa</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <source>POST-VOID of receipt {no}</source>
            <translation>ANULACIÓN del recibo {no}</translation>
        </message>
        <message>
            <source>POST-VOID</source>
            <translation>ANULACIÓN</translation>
        </message>
        <message>
            <source>RETURN</source>
            <translation>DEVOLUCIÓN</translation>
        </message>
        <message>
            <source>EXCHANGE</source>
            <translation>CAMBIO DE PRODUCTO</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Crédito de tienda</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Tarjeta regalo</translation>
        </message>
        <message>
            <source>{tender} refund</source>
            <translation>Reembolso {tender}</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>¡Gracias!</translation>
        </message>
        <message>
            <source>REPRINT</source>
            <translation>REIMPRESIÓN</translation>
        </message>
        <message>
            <source>Receipt {no}</source>
            <translation>Recibo {no}</translation>
        </message>
        <message>
            <source>Terminal {terminal}</source>
            <translation>Terminal {terminal}</translation>
        </message>
        <message>
            <source>Cashier: {name}</source>
            <translation>Cajero: {name}</translation>
        </message>
        <message>
            <source>RETURN of receipt {no}</source>
            <translation>DEVOLUCIÓN del recibo {no}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Descuento</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>REFUND</source>
            <translation>REEMBOLSO</translation>
        </message>
        <message>
            <source>TOTAL</source>
            <translation>TOTAL</translation>
        </message>
        <message>
            <source>incl. {tax}</source>
            <translation>incl. {tax}</translation>
        </message>
        <message>
            <source>Cash rounding</source>
            <translation>Redondeo de efectivo</translation>
        </message>
        <message>
            <source>CHANGE</source>
            <translation>CAMBIO</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPdf</name>
        <message>
            <source>Cannot write the PDF receipt to {path}: {reason}</source>
            <translation>No se puede escribir el recibo PDF en {path}: {reason}</translation>
        </message>
        <message>
            <source>Cannot write the PDF receipt to {path}</source>
            <translation>No se puede escribir el recibo PDF en {path}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Crédito de tienda</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>Tarjeta regalo</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Sobrante</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>Faltante</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Cuadrado</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Turno</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>Abierto por</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>Cerrado por</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impreso</translation>
        </message>
        <message>
            <source>Shift ref.</source>
            <translation>Ref. turno</translation>
        </message>
        <message>
            <source>SALES</source>
            <translation>VENTAS</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacciones</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventas</translation>
        </message>
        <message>
            <source>With returns</source>
            <translation>Con devoluciones</translation>
        </message>
        <message>
            <source>Voided before payment</source>
            <translation>Anuladas antes del pago</translation>
        </message>
        <message>
            <source>Lines voided</source>
            <translation>Líneas anuladas</translation>
        </message>
        <message>
            <source>Lines voided, value</source>
            <translation>Líneas anuladas, valor</translation>
        </message>
        <message>
            <source>Items sold</source>
            <translation>Artículos vendidos</translation>
        </message>
        <message>
            <source>Items returned</source>
            <translation>Artículos devueltos</translation>
        </message>
        <message>
            <source>Gross sales</source>
            <translation>Ventas brutas</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>Descuentos</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>Reembolsos</translation>
        </message>
        <message>
            <source>Net sales</source>
            <translation>Ventas netas</translation>
        </message>
        <message>
            <source>Tax added</source>
            <translation>Impuesto añadido</translation>
        </message>
        <message>
            <source>Sales total</source>
            <translation>Total de ventas</translation>
        </message>
        <message>
            <source>REFUNDS BY REASON</source>
            <translation>REEMBOLSOS POR MOTIVO</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>Sin motivo</translation>
        </message>
        <message>
            <source>{reason} ({n})</source>
            <translation>{reason} ({n})</translation>
        </message>
        <message>
            <source>TAX BY RATE</source>
            <translation>IMPUESTO POR TIPO</translation>
        </message>
        <message>
            <source>No tax</source>
            <translation>Sin impuesto</translation>
        </message>
        <message>
            <source>Total tax</source>
            <translation>Impuesto total</translation>
        </message>
        <message>
            <source>Tax is included in the prices above</source>
            <translation>El impuesto está incluido en los precios</translation>
        </message>
        <message>
            <source>TAKINGS BY TENDER</source>
            <translation>COBROS POR FORMA DE PAGO</translation>
        </message>
        <message>
            <source>Refunded ({n})</source>
            <translation>Reembolsado ({n})</translation>
        </message>
        <message>
            <source>Net {tender}</source>
            <translation>{tender} neto</translation>
        </message>
        <message>
            <source>Total takings</source>
            <translation>Total cobrado</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Redondeo</translation>
        </message>
        <message>
            <source>CASH DRAWER</source>
            <translation>CAJÓN</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Fondo inicial</translation>
        </message>
        <message>
            <source>Cash payments (net)</source>
            <translation>Pagos en efectivo (netos)</translation>
        </message>
        <message>
            <source>Paid in</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Paid out</source>
            <translation>Salidas</translation>
        </message>
        <message>
            <source>Expected in drawer</source>
            <translation>Esperado en el cajón</translation>
        </message>
        <message>
            <source>PAID IN / PAID OUT</source>
            <translation>ENTRADAS / SALIDAS</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>X REPORT</source>
            <translation>INFORME X</translation>
        </message>
        <message>
            <source>Shift still open - not a closing report</source>
            <translation>Turno aún abierto - no es un informe de cierre</translation>
        </message>
        <message>
            <source>EXPECTED BY TENDER</source>
            <translation>ESPERADO POR FORMA DE PAGO</translation>
        </message>
        <message>
            <source>Cash in drawer</source>
            <translation>Efectivo en el cajón</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <source>Z REPORT No. {n}</source>
            <translation>INFORME Z N.º {n}</translation>
        </message>
        <message>
            <source>CLOSING COUNT (BLIND)</source>
            <translation>RECUENTO DE CIERRE (A CIEGAS)</translation>
        </message>
        <message>
            <source>Total expected</source>
            <translation>Total esperado</translation>
        </message>
        <message>
            <source>Total counted</source>
            <translation>Total contado</translation>
        </message>
        <message>
            <source>Total {variance}</source>
            <translation>Total {variance}</translation>
        </message>
        <message>
            <source>Cash counted less float</source>
            <translation>Efectivo contado menos fondo</translation>
        </message>
        <message>
            <source>END OF Z REPORT No. {n}</source>
            <translation>FIN DEL INFORME Z N.º {n}</translation>
        </message>
        <message>
            <source>No Z reports yet</source>
            <translation>Aún no hay informes Z</translation>
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
            <translation>Devolución o reembolso</translation>
        </message>
        <message>
            <source>Return status</source>
            <translation>Estado de la devolución</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Recibo</translation>
        </message>
        <message>
            <source>Receipt number, or scan the receipt's barcode</source>
            <translation>Número de recibo, o escanee el código de barras del recibo</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Número de recibo</translation>
        </message>
        <message>
            <source>Find  Enter</source>
            <translation>Buscar  Intro</translation>
        </message>
        <message>
            <source>Find the receipt</source>
            <translation>Buscar el recibo</translation>
        </message>
        <message>
            <source>Day of the sale</source>
            <translation>Día de la venta</translation>
        </message>
        <message>
            <source>From time</source>
            <translation>Desde la hora</translation>
        </message>
        <message>
            <source>To time</source>
            <translation>Hasta la hora</translation>
        </message>
        <message>
            <source>Find by time</source>
            <translation>Buscar por hora</translation>
        </message>
        <message>
            <source>Find sales by day and time</source>
            <translation>Buscar ventas por día y hora</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Sale total to find</source>
            <translation>Total de la venta a buscar</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Dañado</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>Talla incorrecta</translation>
        </message>
        <message>
            <source>Changed mind</source>
            <translation>Cambio de opinión</translation>
        </message>
        <message>
            <source>Faulty</source>
            <translation>Defectuoso</translation>
        </message>
        <message>
            <source>&amp;Receipt</source>
            <translation>&amp;Recibo</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <source>&amp;from</source>
            <translation>&amp;desde</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;hasta</translation>
        </message>
        <message>
            <source>T&amp;otal</source>
            <translation>T&amp;otal</translation>
        </message>
        <message>
            <source>Find by total</source>
            <translation>Buscar por total</translation>
        </message>
        <message>
            <source>Find sales by their total</source>
            <translation>Buscar ventas por su total</translation>
        </message>
        <message>
            <source>Sales found</source>
            <translation>Ventas encontradas</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cajero</translation>
        </message>
        <message>
            <source>Lines of the receipt</source>
            <translation>Líneas del recibo</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>Vendido</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Devuelto</translation>
        </message>
        <message>
            <source>Paid each</source>
            <translation>Pagado por unidad</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Devolución</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Restock</source>
            <translation>Reponer</translation>
        </message>
        <message>
            <source>Return without a receipt (a manager approves)</source>
            <translation>Devolución sin recibo (la aprueba un gerente)</translation>
        </message>
        <message>
            <source>Scan or type the barcode or SKU</source>
            <translation>Escanee o escriba el código de barras o el SKU</translation>
        </message>
        <message>
            <source>Item to return</source>
            <translation>Artículo a devolver</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>One fewer</source>
            <translation>Uno menos</translation>
        </message>
        <message>
            <source>Quantity to return</source>
            <translation>Cantidad a devolver</translation>
        </message>
        <message>
            <source>One more</source>
            <translation>Uno más</translation>
        </message>
        <message>
            <source>Return without a receipt</source>
            <translation>Devolución sin recibo</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <source>F10  No receipt</source>
            <translation>F10  Sin recibo</translation>
        </message>
        <message>
            <source>Esc  Cancel</source>
            <translation>Esc  Cancelar</translation>
        </message>
        <message>
            <source>Cancel the return</source>
            <translation>Cancelar la devolución</translation>
        </message>
        <message>
            <source>Add the refund to the sale</source>
            <translation>Añadir el reembolso a la venta</translation>
        </message>
        <message>
            <source>Could not look up the receipt; the error was logged.</source>
            <translation>No se pudo buscar el recibo; el error quedó registrado.</translation>
        </message>
        <message>
            <source>Not a receipt number: {text}</source>
            <translation>No es un número de recibo: {text}</translation>
        </message>
        <message>
            <source>Looking up receipt {ref}…</source>
            <translation>Buscando el recibo {ref}…</translation>
        </message>
        <message>
            <source>Finding sales…</source>
            <translation>Buscando ventas…</translation>
        </message>
        <message>
            <source>1 sale found: Enter opens it</source>
            <translation>1 venta encontrada: Intro la abre</translation>
        </message>
        <message>
            <source>{n} sales found: choose one (Up, Down, Enter)</source>
            <translation>{n} ventas encontradas: elija una (Arriba, Abajo, Intro)</translation>
        </message>
        <message>
            <source>No sale found; check the day, the times or the total</source>
            <translation>No se encontró ninguna venta; revise el día, las horas o el total</translation>
        </message>
        <message>
            <source>no tenders</source>
            <translation>sin pagos</translation>
        </message>
        <message>
            <source> (till {till})</source>
            <translation> (caja {till})</translation>
        </message>
        <message>
            <source>Receipt #{no}{till}</source>
            <translation>Recibo n.º {no}{till}</translation>
        </message>
        <message>
            <source>total {amount}</source>
            <translation>total {amount}</translation>
        </message>
        <message>
            <source>paid with {tenders}</source>
            <translation>pagado con {tenders}</translation>
        </message>
        <message>
            <source>Everything on receipt #{no} was already returned</source>
            <translation>Todo lo del recibo n.º {no} ya se devolvió</translation>
        </message>
        <message>
            <source>One fewer {title}</source>
            <translation>Un {title} menos</translation>
        </message>
        <message>
            <source>One more {title}</source>
            <translation>Un {title} más</translation>
        </message>
        <message>
            <source>Quantity to return of {title}</source>
            <translation>Cantidad a devolver de {title}</translation>
        </message>
        <message>
            <source>Restock {title}</source>
            <translation>Reponer {title}</translation>
        </message>
        <message>
            <source>Only {n} of {title} can still be returned ({done} of {sold} already returned)</source>
            <translation>Solo se pueden devolver {n} de {title} ({done} de {sold} ya devueltos)</translation>
        </message>
        <message>
            <source>{title} was already returned</source>
            <translation>{title} ya se devolvió</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>F9  Restock: yes</source>
            <translation>F9  Reponer: sí</translation>
        </message>
        <message>
            <source>F9  Restock: no</source>
            <translation>F9  Reponer: no</translation>
        </message>
        <message>
            <source>Refund  F12</source>
            <translation>Reembolsar  F12</translation>
        </message>
        <message>
            <source>Refund {n} items  F12</source>
            <translation>Reembolsar {n} artículos  F12</translation>
        </message>
        <message>
            <source>Refund {amount}  F12</source>
            <translation>Reembolsar {amount}  F12</translation>
        </message>
        <message>
            <source>Scan the item, type how many come back, choose why (F1…), then F12</source>
            <translation>Escanee el artículo, escriba cuántos se devuelven, elija el motivo (F1…) y pulse F12</translation>
        </message>
        <message>
            <source>Scan or type the item that comes back</source>
            <translation>Escanee o escriba el artículo que se devuelve</translation>
        </message>
        <message>
            <source>Type how many come back (1 or more)</source>
            <translation>Escriba cuántos se devuelven (1 o más)</translation>
        </message>
        <message>
            <source>Choose why it comes back (F1…)</source>
            <translation>Elija por qué se devuelve (F1…)</translation>
        </message>
        <message>
            <source>return without a receipt: {qty} × {code}</source>
            <translation>devolución sin recibo: {qty} × {code}</translation>
        </message>
        <message>
            <source>Adding the return…</source>
            <translation>Añadiendo la devolución…</translation>
        </message>
        <message>
            <source>Type how many of which item come back</source>
            <translation>Escriba cuántos de qué artículo se devuelven</translation>
        </message>
        <message>
            <source>Choose why {title} comes back (F1…)</source>
            <translation>Elija por qué se devuelve {title} (F1…)</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Nothing needs review.
A sale whose commission cannot be worked out (no plan covers the seller, or a plan is broken) still completes; its records wait here until a plan covers them.</source>
            <translation>No hay nada por revisar.
Una venta cuya comisión no se puede calcular (ningún plan cubre al vendedor o un plan está dañado) se completa igualmente; sus registros esperan aquí hasta que un plan los cubra.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Recibo</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <source>Recalculate with current plans  Ctrl+R</source>
            <translation>Recalcular con los planes actuales  Ctrl+R</translation>
        </message>
        <message>
            <source>Work out these records again with the plans this terminal has now (after a plan was fixed and pulled)</source>
            <translation>Calcular de nuevo estos registros con los planes que tiene ahora esta terminal (tras corregir y recibir un plan)</translation>
        </message>
        <message>
            <source>Every record waiting for review, whatever the period, for the store, terminal and staff chosen above.</source>
            <translation>Todos los registros pendientes de revisión, sea cual sea el periodo, para la tienda, la terminal y el personal elegidos arriba.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>por revisar</translation>
        </message>
        <message>
            <source>Recalculated: {n} record(s) fixed</source>
            <translation>Recalculado: {n} registro(s) corregido(s)</translation>
        </message>
    </context>
    <context>
        <name>Sale</name>
        <message>
            <source>Cart</source>
            <translation>Carrito</translation>
        </message>
        <message>
            <source>Scan an item or type to search. 3* then scan sells three.</source>
            <translation>Escanee un artículo o escriba para buscar. 3* y después escanear vende tres.</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Descuento</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Aparcar</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Aparcadas</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Anular</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Devolver</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Turno</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Inventario</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Stock count (F11); stock needing attention (Shift+F11)</source>
            <translation>Recuento de inventario (F11); inventario que requiere atención (Mayús+F11)</translation>
        </message>
        <message>
            <source>Scan or type barcode, SKU or name</source>
            <translation>Código de barras, SKU o nombre</translation>
        </message>
        <message>
            <source>Scan or search</source>
            <translation>Escanear o buscar</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de búsqueda</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Pay  F12</source>
            <translation>Cobrar  F12</translation>
        </message>
        <message>
            <source>Pay (F12)</source>
            <translation>Cobrar (F12)</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>Descuentos</translation>
        </message>
        <message>
            <source>Refund  F12</source>
            <translation>Reembolsar  F12</translation>
        </message>
        <message>
            <source>Refund (F12)</source>
            <translation>Reembolsar (F12)</translation>
        </message>
        <message>
            <source>No products yet: import a catalog or sync with Shopify.</source>
            <translation>Aún no hay productos: importe un catálogo o sincronice con Shopify.</translation>
        </message>
        <message>
            <source>Nothing matches “{text}”</source>
            <translation>Nada coincide con «{text}»</translation>
        </message>
        <message>
            <source>Check the spelling, or scan the item</source>
            <translation>Revise la ortografía o escanee el artículo</translation>
        </message>
        <message>
            <source>{product}: choose a variant (↑ ↓ then Enter, or touch it)</source>
            <translation>{product}: elija una variante (↑ ↓ e Intro, o tóquela)</translation>
        </message>
        <message>
            <source>Something went wrong; the sale is safe. The error was logged.</source>
            <translation>Algo salió mal; la venta está a salvo. El error quedó registrado.</translation>
        </message>
        <message>
            <source>Next item × {n}</source>
            <translation>Siguiente artículo × {n}</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>New quantity:</source>
            <translation>Nueva cantidad:</translation>
        </message>
        <message>
            <source>removing line {no}</source>
            <translation>quitar la línea {no}</translation>
        </message>
        <message>
            <source>Sale held. F6 shows held sales.</source>
            <translation>Venta aparcada. F6 muestra las ventas aparcadas.</translation>
        </message>
        <message>
            <source>void this sale</source>
            <translation>anular esta venta</translation>
        </message>
        <message>
            <source>open the drawer without a sale</source>
            <translation>abrir el cajón sin venta</translation>
        </message>
        <message>
            <source>Price override</source>
            <translation>Cambio de precio</translation>
        </message>
        <message>
            <source>New unit price for {title} (now {price}):</source>
            <translation>Nuevo precio unitario de {title} (ahora {price}):</translation>
        </message>
        <message>
            <source>price override on line {no}: {title}</source>
            <translation>cambio de precio en la línea {no}: {title}</translation>
        </message>
        <message>
            <source>from {price}</source>
            <translation>desde {price}</translation>
        </message>
        <message>
            <source>{n} variants — Enter to choose</source>
            <translation>{n} variantes — Intro para elegir</translation>
        </message>
        <message>
            <source>{n} in stock</source>
            <translation>{n} en stock</translation>
        </message>
        <message>
            <source>Barcode {code} did not scan right (wrong check digit) — scan it again or type the number</source>
            <translation>El código {code} no se leyó bien (dígito de control erróneo) — escanéelo de nuevo o escriba el número</translation>
        </message>
        <message>
            <source>“{code}” is not a barcode or SKU we can read — scan it again or search by name</source>
            <translation>«{code}» no es un código de barras ni un SKU legible — escanéelo de nuevo o busque por nombre</translation>
        </message>
        <message>
            <source>No product with barcode {code} — check the number or search by name</source>
            <translation>No hay ningún producto con el código de barras {code} — revise el número o busque por nombre</translation>
        </message>
        <message>
            <source>No product with SKU or code {code} — check it or search by name</source>
            <translation>No hay ningún producto con el SKU o código {code} — revíselo o busque por nombre</translation>
        </message>
        <message>
            <source>1 item</source>
            <translation>1 artículo</translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation>{n} artículos</translation>
        </message>
        <message>
            <source>{n} returned</source>
            <translation>{n} devueltos</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings of this till</source>
            <translation>Ajustes de esta caja</translation>
        </message>
        <message>
            <source>Set-up wizard (F2)</source>
            <translation>Asistente de configuración (F2)</translation>
        </message>
        <message>
            <source>Open the set-up wizard to do a skipped step</source>
            <translation>Abrir el asistente de configuración para hacer un paso omitido</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>A step skipped at the first start can be done here: the wizard opens at the taxes (the store is kept), F8 skips what is already right. The counter reads the new settings when it starts again.</source>
            <translation>Un paso omitido en el primer arranque puede hacerse aquí: el asistente se abre en los impuestos (la tienda se conserva) y F8 omite lo que ya está bien. La caja lee los nuevos ajustes al volver a arrancar.</translation>
        </message>
        <message>
            <source>Store and till</source>
            <translation>Tienda y caja</translation>
        </message>
        <message>
            <source>Tax classes</source>
            <translation>Clases de impuesto</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>Shopify</source>
            <translation>Shopify</translation>
        </message>
        <message>
            <source>Central database</source>
            <translation>Base de datos central</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Impresora de recibos</translation>
        </message>
        <message>
            <source>No store yet</source>
            <translation>Aún no hay tienda</translation>
        </message>
        <message>
            <source>No tax class yet: prices are sold without tax</source>
            <translation>Aún no hay clases de impuesto: se vende sin impuestos</translation>
        </message>
        <message>
            <source>No owner's account yet: the owner adds the staff</source>
            <translation>Aún no hay cuenta de propietario: el propietario da de alta al personal</translation>
        </message>
        <message>
            <source>Not connected: this till sells offline only</source>
            <translation>Sin conexión: esta caja solo vende sin conexión</translation>
        </message>
        <message>
            <source>The embedded database on this till</source>
            <translation>La base de datos integrada en esta caja</translation>
        </message>
        <message>
            <source>No printer: receipts are saved as PDF</source>
            <translation>Sin impresora: los tiques se guardan como PDF</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>Set up this till</source>
            <translation>Configurar esta caja</translation>
        </message>
        <message>
            <source>Set-up steps</source>
            <translation>Pasos de configuración</translation>
        </message>
        <message>
            <source>What the step did</source>
            <translation>Lo que hizo el paso</translation>
        </message>
        <message>
            <source>Step in progress</source>
            <translation>Paso en curso</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message>
            <source>Cancel the running step</source>
            <translation>Cancelar el paso en curso</translation>
        </message>
        <message>
            <source>Finish later (Esc)</source>
            <translation>Terminar más tarde (Esc)</translation>
        </message>
        <message>
            <source>Close the set-up and finish later</source>
            <translation>Cerrar la configuración y terminar más tarde</translation>
        </message>
        <message>
            <source>Skip (F8)</source>
            <translation>Omitir (F8)</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>Omitir este paso</translation>
        </message>
        <message>
            <source>Continue (Enter)</source>
            <translation>Continuar (Intro)</translation>
        </message>
        <message>
            <source>Do this step and continue</source>
            <translation>Hacer este paso y continuar</translation>
        </message>
        <message>
            <source>Back (PgUp)</source>
            <translation>Atrás (RePág)</translation>
        </message>
        <message>
            <source>Back to the step before</source>
            <translation>Volver al paso anterior</translation>
        </message>
        <message>
            <source>1 Store and till</source>
            <translation>1 Tienda y caja</translation>
        </message>
        <message>
            <source>2 Taxes</source>
            <translation>2 Impuestos</translation>
        </message>
        <message>
            <source>3 Owner</source>
            <translation>3 Propietario</translation>
        </message>
        <message>
            <source>4 Shopify</source>
            <translation>4 Shopify</translation>
        </message>
        <message>
            <source>5 Central database</source>
            <translation>5 Base de datos central</translation>
        </message>
        <message>
            <source>6 Printer</source>
            <translation>6 Impresora</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>Id de la tienda</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>Nombre de la tienda</translation>
        </message>
        <message>
            <source>Till id</source>
            <translation>Id de la caja</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>Configuración regional</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Currency (ISO code)</source>
            <translation>Moneda (código ISO)</translation>
        </message>
        <message>
            <source>Locale (e.g. en_US, de_DE)</source>
            <translation>Configuración regional (p. ej. es_ES, es_MX)</translation>
        </message>
        <message>
            <source>Time zone (e.g. America/Chicago)</source>
            <translation>Zona horaria (p. ej. Europe/Madrid)</translation>
        </message>
        <message>
            <source>Data directory: {path}</source>
            <translation>Directorio de datos: {path}</translation>
        </message>
        <message>
            <source>Standard tax rate in percent</source>
            <translation>Tipo impositivo normal en porcentaje</translation>
        </message>
        <message>
            <source>e.g. 8.25; empty: no tax</source>
            <translation>p. ej. 21; vacío: sin impuesto</translation>
        </message>
        <message>
            <source>Tax name</source>
            <translation>Nombre del impuesto</translation>
        </message>
        <message>
            <source>Sales tax</source>
            <translation>Impuesto sobre ventas</translation>
        </message>
        <message>
            <source>Prices include tax</source>
            <translation>Los precios incluyen impuestos</translation>
        </message>
        <message>
            <source>Tax rounded per line</source>
            <translation>Impuesto redondeado por línea</translation>
        </message>
        <message>
            <source>Tax rounded on the total</source>
            <translation>Impuesto redondeado sobre el total</translation>
        </message>
        <message>
            <source>Tax rounding</source>
            <translation>Redondeo del impuesto</translation>
        </message>
        <message>
            <source>Cash rounding in minor units</source>
            <translation>Redondeo de efectivo en unidades mínimas</translation>
        </message>
        <message>
            <source>Standard rate (%)</source>
            <translation>Tipo normal (%)</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Redondeo</translation>
        </message>
        <message>
            <source>Cash rounding (1 = none, 5 = 0.05)</source>
            <translation>Redondeo de efectivo (1 = ninguno, 5 = 0,05)</translation>
        </message>
        <message>
            <source>Two classes are made: standard (this rate) and exempt (0 %), the classes Shopify's taxable and untaxed products use.</source>
            <translation>Se crean dos clases: normal (este tipo) y exenta (0 %), las que usan los productos de Shopify con y sin impuestos.</translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation>Nombre del propietario</translation>
        </message>
        <message>
            <source>Owner's PIN</source>
            <translation>PIN del propietario</translation>
        </message>
        <message>
            <source>Owner's PIN again</source>
            <translation>PIN del propietario otra vez</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN otra vez</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>PIN (4 to 8 digits)</source>
            <translation>PIN (de 4 a 8 dígitos)</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Tienda</translation>
        </message>
        <message>
            <source>my-shop, my-shop.myshopify.com or admin.shopify.com/store/my-shop</source>
            <translation>mi-tienda, mi-tienda.myshopify.com o admin.shopify.com/store/mi-tienda</translation>
        </message>
        <message>
            <source>Admin API access token</source>
            <translation>Token de acceso a la Admin API</translation>
        </message>
        <message>
            <source>Location this till sells from</source>
            <translation>Ubicación desde la que vende esta caja</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Token de acceso</translation>
        </message>
        <message>
            <source>Location (Up/Down)</source>
            <translation>Ubicación (Arriba/Abajo)</translation>
        </message>
        <message>
            <source>Enter tests the token and lists the shop's locations; Enter again connects, stores the token in the keyring and pulls the catalog.</source>
            <translation>Intro prueba el token y lista las ubicaciones de la tienda; Intro otra vez conecta, guarda el token en el llavero y descarga el catálogo.</translation>
        </message>
        <message>
            <source>This till's central database URL</source>
            <translation>URL de la base de datos central de esta caja</translation>
        </message>
        <message>
            <source>Store id at central</source>
            <translation>Id de la tienda en la central</translation>
        </message>
        <message>
            <source>Database owner's URL (optional)</source>
            <translation>URL del propietario de la base de datos (opcional)</translation>
        </message>
        <message>
            <source>postgresql+psycopg://OWNER@HOST/DB: creates the schema and this till's role</source>
            <translation>postgresql+psycopg://OWNER@HOST/DB: crea el esquema y el rol de esta caja</translation>
        </message>
        <message>
            <source>Database owner's password</source>
            <translation>Contraseña del propietario de la base de datos</translation>
        </message>
        <message>
            <source>Till's URL</source>
            <translation>URL de la caja</translation>
        </message>
        <message>
            <source>Owner's URL</source>
            <translation>URL del propietario</translation>
        </message>
        <message>
            <source>Owner's password</source>
            <translation>Contraseña del propietario</translation>
        </message>
        <message>
            <source>Skip (F8) keeps the embedded database on this till; connect later with `pos-app central connect`.</source>
            <translation>Omitir (F8) mantiene la base de datos integrada en esta caja; conecte más tarde con `pos-app central connect`.</translation>
        </message>
        <message>
            <source>Printers found on this till</source>
            <translation>Impresoras encontradas en esta caja</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Impresora de recibos</translation>
        </message>
        <message>
            <source>Look again (F5)</source>
            <translation>Buscar de nuevo (F5)</translation>
        </message>
        <message>
            <source>Look for printers again</source>
            <translation>Buscar impresoras de nuevo</translation>
        </message>
        <message>
            <source>Test page only (F2)</source>
            <translation>Solo página de prueba (F2)</translation>
        </message>
        <message>
            <source>Print a test page without keeping the printer</source>
            <translation>Imprimir una página de prueba sin conservar la impresora</translation>
        </message>
        <message>
            <source>Found (Up/Down)</source>
            <translation>Encontradas (Arriba/Abajo)</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Impresora</translation>
        </message>
        <message>
            <source>A network printer is not searched for: type network:HOST (port 9100) or network:HOST:PORT. Enter prints a test page (the store's name, the date and time, a ruler per character width, a cut) and keeps the printer.</source>
            <translation>Las impresoras de red no se buscan: escriba network:HOST (puerto 9100) o network:HOST:PUERTO. Intro imprime una página de prueba (el nombre de la tienda, la fecha y la hora, una regla por cada ancho de carácter, un corte) y conserva la impresora.</translation>
        </message>
        <message>
            <source>Looking for printers…</source>
            <translation>Buscando impresoras…</translation>
        </message>
        <message>
            <source>No printer found: type a network printer's address below, or check the USB cable and power and look again (F5)</source>
            <translation>No se encontró ninguna impresora: escriba abajo la dirección de una impresora de red, o compruebe el cable USB y la alimentación y busque de nuevo (F5)</translation>
        </message>
        <message>
            <source>USB printer on {path}</source>
            <translation>Impresora USB en {path}</translation>
        </message>
        <message>
            <source>USB printer {ids}</source>
            <translation>Impresora USB {ids}</translation>
        </message>
        <message>
            <source>Serial port {path}</source>
            <translation>Puerto serie {path}</translation>
        </message>
        <message>
            <source>CUPS queue {queue}</source>
            <translation>Cola CUPS {queue}</translation>
        </message>
        <message>
            <source>This user may not write to {path}: add it to the device's group (often lp) and sign in again</source>
            <translation>Este usuario no puede escribir en {path}: añádalo al grupo del dispositivo (a menudo lp) e inicie sesión de nuevo</translation>
        </message>
        <message>
            <source>CUPS prints to it as a page printer: choose the printer itself (USB, network or serial)</source>
            <translation>CUPS imprime en ella como impresora de páginas: elija la propia impresora (USB, red o serie)</translation>
        </message>
        <message>
            <source>Printer test page</source>
            <translation>Página de prueba de la impresora</translation>
        </message>
        <message>
            <source>Printed {when}</source>
            <translation>Impreso el {when}</translation>
        </message>
        <message>
            <source>Printer {device}</source>
            <translation>Impresora {device}</translation>
        </message>
        <message>
            <source>Normal text, {n} characters:</source>
            <translation>Texto normal, {n} caracteres:</translation>
        </message>
        <message>
            <source>Small text, {n} characters:</source>
            <translation>Texto pequeño, {n} caracteres:</translation>
        </message>
        <message>
            <source>Wide, {n} characters:</source>
            <translation>Ancho doble, {n} caracteres:</translation>
        </message>
        <message>
            <source>Each ruler on one line and the paper cut: receipts will print.</source>
            <translation>Cada regla en una línea y el papel cortado: los tiques se imprimirán.</translation>
        </message>
        <message>
            <source>{done} products read</source>
            <translation>{done} productos leídos</translation>
        </message>
        <message>
            <source>{done} of {total} products</source>
            <translation>{done} de {total} productos</translation>
        </message>
        <message>
            <source>Shopify is preparing the catalog: {records} records so far</source>
            <translation>Shopify está preparando el catálogo: {records} registros hasta ahora</translation>
        </message>
        <message>
            <source>Pulling the catalog from Shopify: {count}</source>
            <translation>Descargando el catálogo de Shopify: {count}</translation>
        </message>
        <message>
            <source>Shopify: connected; the catalog is pulled by the next sync.</source>
            <translation>Shopify: conectado; la próxima sincronización descarga el catálogo.</translation>
        </message>
        <message>
            <source>Shopify: connected. The catalog pull was stopped at {count}; the next sync pulls the rest.</source>
            <translation>Shopify: conectado. La descarga del catálogo se detuvo en {count}; la próxima sincronización descarga el resto.</translation>
        </message>
        <message>
            <source>Shopify: connected. Catalog pulled: {count}.</source>
            <translation>Shopify: conectado. Catálogo descargado: {count}.</translation>
        </message>
        <message>
            <source>Central database: connected; this till's sales now go to it.</source>
            <translation>Base de datos central: conectada; las ventas de esta caja ya van a ella.</translation>
        </message>
        <message>
            <source>Choose a printer (Up/Down) or type its form (e.g. network:192.0.2.10), or skip with F8</source>
            <translation>Elija una impresora (Arriba/Abajo) o escriba su forma (p. ej. network:192.0.2.10), u omita con F8</translation>
        </message>
        <message>
            <source>Test page sent to {device}. Enter keeps this printer.</source>
            <translation>Página de prueba enviada a {device}. Intro conserva esta impresora.</translation>
        </message>
        <message>
            <source>The printer at {target} did not answer ({detail}). Check that it is switched on and its address (its network status sheet: hold FEED while switching it on), and that this till is on the same network.</source>
            <translation>La impresora en {target} no respondió ({detail}). Compruebe que está encendida y su dirección (su hoja de estado de red: mantenga FEED pulsado al encenderla), y que esta caja está en la misma red.</translation>
        </message>
        <message>
            <source>Cannot write to {target} ({detail}). Check that the printer is switched on and its cable is in, and that this user may write to {target} (the device's group, often lp).</source>
            <translation>No se puede escribir en {target} ({detail}). Compruebe que la impresora está encendida y con el cable conectado, y que este usuario puede escribir en {target} (el grupo del dispositivo, a menudo lp).</translation>
        </message>
        <message>
            <source>The USB printer {target} was not reached ({detail}). Check the cable and power, its ids with lsusb, and that this user may use the device (a udev rule).</source>
            <translation>No se alcanzó la impresora USB {target} ({detail}). Compruebe el cable y la alimentación, sus identificadores con lsusb, y que este usuario puede usar el dispositivo (una regla udev).</translation>
        </message>
        <message>
            <source>The CUPS queue {target} did not take the test page ({detail}). Check that the queue exists and accepts jobs (lpstat -p {target}) and that the CUPS client (lp) is installed.</source>
            <translation>La cola de CUPS {target} no aceptó la página de prueba ({detail}). Compruebe que la cola existe y acepta trabajos (lpstat -p {target}) y que el cliente de CUPS (lp) está instalado.</translation>
        </message>
        <message>
            <source>The serial port {target} could not be used ({detail}). Check the cable, the port's name and the baud rate.</source>
            <translation>No se pudo usar el puerto serie {target} ({detail}). Compruebe el cable, el nombre del puerto y la velocidad en baudios.</translation>
        </message>
        <message>
            <source>What was set up</source>
            <translation>Lo que se configuró</translation>
        </message>
        <message>
            <source>network:HOST[:PORT], usb:VID:PID, serial:DEVICE, file:PATH or cups:QUEUE</source>
            <translation>network:HOST[:PUERTO], usb:VID:PID, serial:DISPOSITIVO, file:RUTA o cups:COLA</translation>
        </message>
        <message>
            <source>Who this store and this till are. Skip (F8) starts the store with what is shown.</source>
            <translation>Quiénes son esta tienda y esta caja. Omitir (F8) inicia la tienda con lo que se muestra.</translation>
        </message>
        <message>
            <source>How prices are taxed and rounded.</source>
            <translation>Cómo se gravan y redondean los precios.</translation>
        </message>
        <message>
            <source>The store's first account: it adds the staff.</source>
            <translation>La primera cuenta de la tienda: añade al personal.</translation>
        </message>
        <message>
            <source>Sell Shopify's catalog and keep its stock.</source>
            <translation>Vender el catálogo de Shopify y llevar su inventario.</translation>
        </message>
        <message>
            <source>Where every till's sales meet.</source>
            <translation>Donde se reúnen las ventas de todas las cajas.</translation>
        </message>
        <message>
            <source>The receipt printer and the cash drawer.</source>
            <translation>La impresora de recibos y el cajón.</translation>
        </message>
        <message>
            <source>Enter starts the counter.</source>
            <translation>Intro inicia la caja.</translation>
        </message>
        <message>
            <source>Start selling (Enter)</source>
            <translation>Empezar a vender (Intro)</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>skipped: do it later with `pos-app setup`</source>
            <translation>omitido: hágalo más tarde con `pos-app setup`</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>sin hacer</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
        <message>
            <source>This step failed: {error}</source>
            <translation>Este paso falló: {error}</translation>
        </message>
        <message>
            <source>Cancelling: the step stops at its next safe point; nothing is left half done.</source>
            <translation>Cancelando: el paso se detiene en su próximo punto seguro; nada queda a medias.</translation>
        </message>
        <message>
            <source>{step}: done.</source>
            <translation>{step}: hecho.</translation>
        </message>
        <message>
            <source>Cash rounding is a whole number of minor units: 1 for none, 5 for 0.05</source>
            <translation>El redondeo de efectivo es un número entero de unidades mínimas: 1 para ninguno, 5 para 0,05</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Exempt</source>
            <translation>Exento</translation>
        </message>
        <message>
            <source>Type the owner's name first</source>
            <translation>Escriba primero el nombre del propietario</translation>
        </message>
        <message>
            <source>Pick the location this till sells from (Up/Down) and press Enter to connect and pull the catalog.</source>
            <translation>Elija la ubicación desde la que vende esta caja (Arriba/Abajo) y pulse Intro para conectar y descargar el catálogo.</translation>
        </message>
        <message>
            <source>The shop has no active location: add one in Shopify's admin, then test again</source>
            <translation>La tienda no tiene ninguna ubicación activa: añada una en la administración de Shopify y vuelva a probar</translation>
        </message>
    </context>
    <context>
        <name>Shift</name>
        <message>
            <source>Cash in drawer</source>
            <translation>Efectivo en el cajón</translation>
        </message>
        <message>
            <source>Card terminal batch</source>
            <translation>Lote del datáfono</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Crédito de tienda</translation>
        </message>
        <message>
            <source>Gift cards</source>
            <translation>Tarjetas regalo</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>Close the report</source>
            <translation>Cerrar el informe</translation>
        </message>
        <message>
            <source>Print (Ctrl+P)</source>
            <translation>Imprimir (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Imprimir el informe</translation>
        </message>
        <message>
            <source>Open shift</source>
            <translation>Abrir turno</translation>
        </message>
        <message>
            <source>Open the shift: count the float in the drawer</source>
            <translation>Abra el turno: cuente el fondo de caja del cajón</translation>
        </message>
        <message>
            <source>Float, e.g. {amount}</source>
            <translation>Fondo, p. ej. {amount}</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Fondo inicial</translation>
        </message>
        <message>
            <source>Open shift (Enter)</source>
            <translation>Abrir turno (Intro)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Could not open the shift</source>
            <translation>No se pudo abrir el turno</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Turno</translation>
        </message>
        <message>
            <source>Shift open since {time} by {name}</source>
            <translation>Turno abierto desde {time} por {name}</translation>
        </message>
        <message>
            <source>No shift is open</source>
            <translation>No hay ningún turno abierto</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Cash in or out amount</source>
            <translation>Importe de entrada o salida de efectivo</translation>
        </message>
        <message>
            <source>Reason (e.g. change from bank, supplier paid)</source>
            <translation>Motivo (p. ej. cambio del banco, proveedor)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>Entrada de efectivo</translation>
        </message>
        <message>
            <source>Cash in (F2)</source>
            <translation>Entrada de efectivo (F2)</translation>
        </message>
        <message>
            <source>Cash out (F3)</source>
            <translation>Salida de efectivo (F3)</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>Salida de efectivo</translation>
        </message>
        <message>
            <source>X report (F4)</source>
            <translation>Informe X (F4)</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>Informe X</translation>
        </message>
        <message>
            <source>Close the shift: count each tender. Expected amounts are not shown (blind count).</source>
            <translation>Cierre el turno: cuente cada forma de pago. No se muestran los importes esperados (recuento a ciegas).</translation>
        </message>
        <message>
            <source>Counted amount</source>
            <translation>Importe contado</translation>
        </message>
        <message>
            <source>Close shift and print Z report (F12)</source>
            <translation>Cerrar turno e imprimir informe Z (F12)</translation>
        </message>
        <message>
            <source>Close shift and print Z report</source>
            <translation>Cerrar turno e imprimir informe Z</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>Volver (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>That did not work; logged.</source>
            <translation>No funcionó; quedó registrado.</translation>
        </message>
        <message>
            <source>Cash out recorded</source>
            <translation>Salida de efectivo registrada</translation>
        </message>
        <message>
            <source>Cash in recorded</source>
            <translation>Entrada de efectivo registrada</translation>
        </message>
        <message>
            <source>cash out {amount} ({reason})</source>
            <translation>salida de efectivo {amount} ({reason})</translation>
        </message>
        <message>
            <source>no reason</source>
            <translation>sin motivo</translation>
        </message>
        <message>
            <source>Count {tender} first</source>
            <translation>Cuente primero: {tender}</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>Informe Z</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Nobody here yet.
Add the people who sell and approve (Ctrl+N): each gets a PIN, and signs in on every till of the store after its next sync.</source>
            <translation>Aún no hay nadie.
Añada a las personas que venden y aprueban (Ctrl+N): cada una recibe un PIN e inicia sesión en todas las cajas de la tienda tras su próxima sincronización.</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cajero</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Gerente</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <source>New PIN ({low} to {high} digits)</source>
            <translation>PIN nuevo (de {low} a {high} dígitos)</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN nuevo</translation>
        </message>
        <message>
            <source>That was a scan, not a PIN: type the PIN</source>
            <translation>Eso fue un escaneo, no un PIN: escriba el PIN</translation>
        </message>
        <message>
            <source>A PIN is {low} to {high} digits</source>
            <translation>Un PIN tiene de {low} a {high} dígitos</translation>
        </message>
        <message>
            <source>Type the same PIN again</source>
            <translation>Escriba el mismo PIN otra vez</translation>
        </message>
        <message>
            <source>The two PINs were not the same; type the new PIN again</source>
            <translation>Los dos PIN no coinciden; escriba de nuevo el PIN nuevo</translation>
        </message>
        <message>
            <source>Name, as the sign-in list shows it</source>
            <translation>Nombre, tal como aparece en la lista de inicio de sesión</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Guardar (Intro)</translation>
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation>Siguiente (Intro)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Type the person's name first</source>
            <translation>Escriba primero el nombre de la persona</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Show leavers (Ctrl+L)</source>
            <translation>Mostrar bajas (Ctrl+L)</translation>
        </message>
        <message>
            <source>Show leavers</source>
            <translation>Mostrar bajas</translation>
        </message>
        <message>
            <source>Add (Ctrl+N)</source>
            <translation>Añadir (Ctrl+N)</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <source>Change PIN (Ctrl+P)</source>
            <translation>Cambiar PIN (Ctrl+P)</translation>
        </message>
        <message>
            <source>Change PIN</source>
            <translation>Cambiar PIN</translation>
        </message>
        <message>
            <source>Role (Ctrl+R)</source>
            <translation>Rol (Ctrl+R)</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Cambiar rol</translation>
        </message>
        <message>
            <source>Deactivate (Del)</source>
            <translation>Dar de baja (Supr)</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Dar de baja</translation>
        </message>
        <message>
            <source>Bring back (Ctrl+B)</source>
            <translation>Reincorporar (Ctrl+B)</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>Reincorporar</translation>
        </message>
        <message>
            <source>Changes reach the store's other tills at their next sync; a deactivated person is refused on this till at once.</source>
            <translation>Los cambios llegan a las otras cajas de la tienda en su próxima sincronización; una persona dada de baja queda rechazada en esta caja al instante.</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>De baja</translation>
        </message>
        <message>
            <source>No PIN yet</source>
            <translation>Aún sin PIN</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>{name} added: they sign in here now, and on the store's other tills after their next sync.</source>
            <translation>{name} añadido/a: inicia sesión aquí ya, y en las otras cajas de la tienda tras su próxima sincronización.</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>PIN nuevo para {name}</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>{name} tiene un PIN nuevo.</translation>
        </message>
        <message>
            <source>Role of {name}</source>
            <translation>Rol de {name}</translation>
        </message>
        <message>
            <source>{name} is now: {role}.</source>
            <translation>{name} ahora es: {role}.</translation>
        </message>
        <message>
            <source>Deactivate {name}?</source>
            <translation>¿Dar de baja a {name}?</translation>
        </message>
        <message>
            <source>They cannot sign in on this till from now, nor on the store's other tills after their next sync. Their name stays on past sales.</source>
            <translation>Desde ahora no podrá iniciar sesión en esta caja, ni en las otras cajas de la tienda tras su próxima sincronización. Su nombre se mantiene en las ventas pasadas.</translation>
        </message>
        <message>
            <source>Deactivate (Enter)</source>
            <translation>Dar de baja (Intro)</translation>
        </message>
        <message>
            <source>{name} is deactivated.</source>
            <translation>{name} está dado/a de baja.</translation>
        </message>
        <message>
            <source>Bring back {name}, with a new PIN</source>
            <translation>Reincorporar a {name}, con un PIN nuevo</translation>
        </message>
        <message>
            <source>{name} is back.</source>
            <translation>{name} se ha reincorporado.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
    </context>
    <context>
        <name>StockAttention</name>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Oversold</source>
            <translation>Sobreventa</translation>
        </message>
        <message>
            <source>Count sent as variance</source>
            <translation>Recuento enviado como diferencia</translation>
        </message>
        <message>
            <source>Unknown SKU</source>
            <translation>SKU desconocido</translation>
        </message>
        <message>
            <source>Refused by Shopify</source>
            <translation>Rechazado por Shopify</translation>
        </message>
        <message>
            <source>Unreadable stock change</source>
            <translation>Cambio de inventario ilegible</translation>
        </message>
        <message>
            <source>Barcode on two SKUs</source>
            <translation>Código de barras en dos SKU</translation>
        </message>
        <message>
            <source>Nothing to send again: no stock change is set aside any more.</source>
            <translation>Nada que volver a enviar: ya no hay cambios de inventario apartados.</translation>
        </message>
        <message>
            <source>Sent again: 1 stock change. It goes to Shopify with the next sync.</source>
            <translation>Enviado de nuevo: 1 cambio de inventario. Llega a Shopify con la próxima sincronización.</translation>
        </message>
        <message>
            <source>Sent again: {n} stock changes. They go to Shopify with the next sync.</source>
            <translation>Enviados de nuevo: {n} cambios de inventario. Llegan a Shopify con la próxima sincronización.</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal: there is no stock to reconcile.</source>
            <translation>Shopify no está configurado en esta terminal: no hay inventario que conciliar.</translation>
        </message>
        <message>
            <source>Nothing needs attention. Oversells after offline periods, counts that Shopify moved meanwhile, unknown SKUs and stock changes Shopify refused appear here.</source>
            <translation>Nada requiere atención. Aquí aparecen las sobreventas tras periodos sin conexión, los recuentos que Shopify cambió entretanto, los SKU desconocidos y los cambios de inventario que Shopify rechazó.</translation>
        </message>
        <message>
            <source>Stock needing attention</source>
            <translation>Inventario que requiere atención</translation>
        </message>
        <message>
            <source>Look into each item (recount the shelf, check the online order), then resolve it. Resolved items leave this list and stay in the audit log. A stock change Shopify refused: fix the cause in Shopify and press Send again, or resolve it if you put the stock right in Shopify yourself (it is then never sent).</source>
            <translation>Revise cada artículo (vuelva a contar el estante, compruebe el pedido en línea) y resuélvalo. Los resueltos salen de esta lista y quedan en el registro de auditoría. Un cambio de inventario que Shopify rechazó: corrija la causa en Shopify y pulse Enviar de nuevo, o resuélvalo si usted mismo corrigió el inventario en Shopify (entonces no se envía nunca).</translation>
        </message>
        <message>
            <source>stock attention list</source>
            <translation>lista de inventario por atender</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Resolve selected  Enter</source>
            <translation>Resolver selección  Intro</translation>
        </message>
        <message>
            <source>Resolve selected</source>
            <translation>Resolver selección</translation>
        </message>
        <message>
            <source>Send again  Ctrl+R</source>
            <translation>Enviar de nuevo  Ctrl+R</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>Enviar de nuevo</translation>
        </message>
        <message>
            <source>Once the cause is fixed in Shopify, send every stock change it set aside again, with the next sync</source>
            <translation>Una vez corregida la causa en Shopify, vuelva a enviar todos los cambios de inventario que apartó, con la próxima sincronización</translation>
        </message>
        <message>
            <source>Close  Esc</source>
            <translation>Cerrar  Esc</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Managers only: enter a manager PIN to see the list.</source>
            <translation>Solo gerentes: escriba un PIN de gerente para ver la lista.</translation>
        </message>
        <message>
            <source>Resolved: {what} for {sku}</source>
            <translation>Resuelto: {what} de {sku}</translation>
        </message>
        <message>
            <source>Resolved: {what}</source>
            <translation>Resuelto: {what}</translation>
        </message>
    </context>
    <context>
        <name>StockCount</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <source>Sellable</source>
            <translation>Vendible</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal. Counts are recorded against Shopify's stock, so they cannot be taken here; ask a manager to set up [shopify] in the terminal's config.</source>
            <translation>Shopify no está configurado en esta terminal. Los recuentos se registran contra el inventario de Shopify, así que no se pueden hacer aquí; pida a un gerente que configure [shopify] en la configuración de la terminal.</translation>
        </message>
        <message>
            <source>Something went wrong; nothing was lost. The error was logged.</source>
            <translation>Algo salió mal; no se perdió nada. El error quedó registrado.</translation>
        </message>
        <message>
            <source>unknown — not yet synced</source>
            <translation>desconocido — aún sin sincronizar</translation>
        </message>
        <message>
            <source>unknown — Shopify not set up</source>
            <translation>desconocido — Shopify sin configurar</translation>
        </message>
        <message>
            <source>Manager approval: {what}</source>
            <translation>Aprobación de gerente: {what}</translation>
        </message>
        <message>
            <source>Manager approval: {what}. Choose who approves; they type their PIN, then Enter.</source>
            <translation>Aprobación de gerente: {what}. Elija quién aprueba; esa persona escribe su PIN y pulsa Intro.</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Aprobador</translation>
        </message>
        <message>
            <source>Approver's PIN</source>
            <translation>PIN del aprobador</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>Recuento de inventario</translation>
        </message>
        <message>
            <source>Checking the connection to Shopify…</source>
            <translation>Comprobando la conexión con Shopify…</translation>
        </message>
        <message>
            <source>Scan or type barcode or SKU, then Enter</source>
            <translation>Escanee o escriba el código de barras o el SKU y pulse Intro</translation>
        </message>
        <message>
            <source>Item barcode or SKU</source>
            <translation>Código de barras o SKU del artículo</translation>
        </message>
        <message>
            <source>No item yet: scan the shelf label or the product.</source>
            <translation>Aún no hay artículo: escanee la etiqueta del estante o el producto.</translation>
        </message>
        <message>
            <source>On the shelf</source>
            <translation>En el estante</translation>
        </message>
        <message>
            <source>Units counted, then Enter</source>
            <translation>Unidades contadas y después Intro</translation>
        </message>
        <message>
            <source>Units on the shelf</source>
            <translation>Unidades en el estante</translation>
        </message>
        <message>
            <source>Record count  Enter</source>
            <translation>Registrar recuento  Intro</translation>
        </message>
        <message>
            <source>count stock</source>
            <translation>contar inventario</translation>
        </message>
        <message>
            <source>Items counted in this sitting</source>
            <translation>Artículos contados en esta sesión</translation>
        </message>
        <message>
            <source>Items counted in this sitting appear here.</source>
            <translation>Aquí aparecen los artículos contados en esta sesión.</translation>
        </message>
        <message>
            <source>Needs attention  Shift+F11</source>
            <translation>Requiere atención  Mayús+F11</translation>
        </message>
        <message>
            <source>Close  Esc</source>
            <translation>Cerrar  Esc</translation>
        </message>
        <message>
            <source>Shopify is reachable: counts go to Shopify at the next sync, against what it had when you counted.</source>
            <translation>Shopify está accesible: los recuentos se envían en la próxima sincronización, contra lo que tenía cuando contó.</translation>
        </message>
        <message>
            <source>Shopify is not reachable right now. Counting still works: counts are kept here and will be sent when Shopify is reachable, as the difference to what this terminal expected.</source>
            <translation>Ahora mismo no se puede acceder a Shopify. El recuento sigue funcionando: los recuentos se guardan aquí y se enviarán cuando Shopify esté accesible, como la diferencia con lo que esperaba esta terminal.</translation>
        </message>
        <message>
            <source>{n} stock change(s) waiting for Shopify</source>
            <translation>{n} cambio(s) de inventario esperando a Shopify</translation>
        </message>
        <message>
            <source>Nothing waiting for Shopify</source>
            <translation>Nada esperando a Shopify</translation>
        </message>
        <message>
            <source>Needs attention ({n})  Shift+F11</source>
            <translation>Requiere atención ({n})  Mayús+F11</translation>
        </message>
        <message>
            <source>Scan or type an item first</source>
            <translation>Escanee o escriba primero un artículo</translation>
        </message>
        <message>
            <source>SKU {sku}</source>
            <translation>SKU {sku}</translation>
        </message>
        <message>
            <source> · barcode {barcode}</source>
            <translation> · código de barras {barcode}</translation>
        </message>
        <message>
            <source> · sellable here (estimate): {n}</source>
            <translation> · vendible aquí (estimación): {n}</translation>
        </message>
        <message>
            <source>{title} is not stock-tracked in Shopify; there is nothing to count.</source>
            <translation>{title} no lleva control de inventario en Shopify; no hay nada que contar.</translation>
        </message>
        <message>
            <source>No count recorded for {title}; looking up the scanned code.</source>
            <translation>No se registró recuento de {title}; buscando el código escaneado.</translation>
        </message>
        <message>
            <source>Type the number of units on the shelf as a whole number, e.g. 12 (not {text})</source>
            <translation>Escriba el número de unidades del estante como número entero, p. ej. 12 (no {text})</translation>
        </message>
        <message>
            <source>Type how many are on the shelf (0 if it is empty)</source>
            <translation>Escriba cuántas hay en el estante (0 si está vacío)</translation>
        </message>
        <message>
            <source>Recorded: {n} × {title}. It goes to Shopify at the next sync.</source>
            <translation>Registrado: {n} × {title}. Se envía a Shopify en la próxima sincronización.</translation>
        </message>
        <message>
            <source>Recorded: {n} × {title}. Shopify is not reachable: it will be sent when Shopify is reachable.</source>
            <translation>Registrado: {n} × {title}. No se puede acceder a Shopify: se enviará cuando esté accesible.</translation>
        </message>
        <message>
            <source>Next item: scan or type its barcode or SKU.</source>
            <translation>Siguiente artículo: escanee o escriba su código de barras o SKU.</translation>
        </message>
        <message>
            <source>{reason}. Nothing was recorded yet.</source>
            <translation>{reason}. Aún no se registró nada.</translation>
        </message>
        <message>
            <source>Counting with manager approval</source>
            <translation>Contando con aprobación de gerente</translation>
        </message>
        <message>
            <source>Recorded · sent at next sync</source>
            <translation>Registrado · se envía en la próxima sincronización</translation>
        </message>
        <message>
            <source>Pending · sent when Shopify is reachable</source>
            <translation>Pendiente · se envía cuando Shopify esté accesible</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>{store} — terminal {terminal}</source>
            <translation>{store} — terminal {terminal}</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Sesión cerrada</translation>
        </message>
        <message>
            <source>Terminal {terminal}</source>
            <translation>Terminal {terminal}</translation>
        </message>
        <message>
            <source>Open the sync status</source>
            <translation>Abrir el estado de sincronización</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Estado de sincronización</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Shopify status</source>
            <translation>Estado de Shopify</translation>
        </message>
        <message>
            <source>Central database status</source>
            <translation>Estado de la base de datos central</translation>
        </message>
        <message>
            <source>Sign-in failed; the error was logged.</source>
            <translation>Falló el inicio de sesión; el error quedó registrado.</translation>
        </message>
        <message>
            <source>Cashier: {name}</source>
            <translation>Cajero: {name}</translation>
        </message>
        <message>
            <source>Locked. Sign in to continue; the open sale is kept.</source>
            <translation>Bloqueado. Inicie sesión para continuar; la venta abierta se conserva.</translation>
        </message>
        <message>
            <source>{name} can no longer use this till (deactivated) and was signed out. The open sale is kept: sign in to continue.</source>
            <translation>{name} ya no puede usar esta caja (desactivado) y se cerró su sesión. La venta abierta se conserva: inicie sesión para continuar.</translation>
        </message>
        <message>
            <source>Status unavailable</source>
            <translation>Estado no disponible</translation>
        </message>
        <message>
            <source>Shift open</source>
            <translation>Turno abierto</translation>
        </message>
        <message>
            <source>No shift open</source>
            <translation>Sin turno abierto</translation>
        </message>
        <message>
            <source>Sync: {n} waiting</source>
            <translation>Sinc.: {n} en espera</translation>
        </message>
        <message>
            <source>Sync: up to date</source>
            <translation>Sinc.: al día</translation>
        </message>
        <message>
            <source> (oldest {n} min)</source>
            <translation> (el más antiguo, {n} min)</translation>
        </message>
        <message>
            <source>Central: online, last sync {time}</source>
            <translation>Central: en línea, última sinc. {time}</translation>
        </message>
        <message>
            <source>Central: offline since {time} — selling continues</source>
            <translation>Central: sin conexión desde {time} — se sigue vendiendo</translation>
        </message>
        <message>
            <source>start</source>
            <translation>el inicio</translation>
        </message>
        <message>
            <source>Central: PAUSED, needs a manager — sales stay queued</source>
            <translation>Central: EN PAUSA, requiere un gerente — las ventas siguen en cola</translation>
        </message>
        <message>
            <source>Central: not synced yet</source>
            <translation>Central: aún sin sincronizar</translation>
        </message>
        <message>
            <source>Shopify: not set up</source>
            <translation>Shopify: sin configurar</translation>
        </message>
        <message>
            <source>Shopify (demo shop)</source>
            <translation>Shopify (tienda de prueba)</translation>
        </message>
        <message>
            <source>{name}: offline, last sync {time} — selling continues</source>
            <translation>{name}: sin conexión, última sinc. {time} — se sigue vendiendo</translation>
        </message>
        <message>
            <source>{name}: offline — selling continues</source>
            <translation>{name}: sin conexión — se sigue vendiendo</translation>
        </message>
        <message>
            <source>{name}: last sync {time}</source>
            <translation>{name}: última sinc. {time}</translation>
        </message>
        <message>
            <source>{name}: not synced yet</source>
            <translation>{name}: aún sin sincronizar</translation>
        </message>
        <message>
            <source>, {n} stock change(s) waiting</source>
            <translation>, {n} cambio(s) de inventario en espera</translation>
        </message>
        <message>
            <source>, {n} need attention</source>
            <translation>, {n} requieren atención</translation>
        </message>
        <message>
            <source>Central database: {state}</source>
            <translation>Base de datos central: {state}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source> · last sync {time}</source>
            <translation> · última sinc. {time}</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Último error: {error}</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Cola</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Oldest waiting since</source>
            <translation>El más antiguo espera desde</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Sync queues</source>
            <translation>Colas de sincronización</translation>
        </message>
        <message>
            <source>Nothing has been queued yet: completed sales appear here until they reach the central database and Shopify.</source>
            <translation>Aún no hay nada en cola: las ventas completadas aparecen aquí hasta que llegan a la base de datos central y a Shopify.</translation>
        </message>
        <message>
            <source>Send the {n} refused row(s) again (R)</source>
            <translation>Enviar de nuevo las {n} fila(s) rechazada(s) (R)</translation>
        </message>
        <message>
            <source>Send refused rows again</source>
            <translation>Enviar de nuevo las filas rechazadas</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
</TS>
