<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Login</name>
    <message>
        <source>Sign in first: that was a scan, not a PIN. Choose your name and type your PIN, then scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO STORE: nothing here is a real sale. Demo PINs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager enters their PIN to let the chosen person try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try your PIN again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs; try again in {wait}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name first: click it, or type its first letters or use the arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unlocked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the error was logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item or type to search. 3* then scan sells three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count (F11); stock needing attention (Shift+F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type barcode, SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>Cash in drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminal batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shift: count the float in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float, e.g. {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift open since {time} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in or out amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (e.g. change from bank, supplier paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift: count each tender. Expected amounts are not shown (blind count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift and print Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work; logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash out {amount} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count {tender} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockAttention</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify is not set up on this terminal: there is no stock to reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention. Oversells after offline periods, counts that Shopify moved meanwhile, unknown SKUs and stock changes Shopify refused appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look into each item (recount the shelf, check the online order), then resolve it. Resolved items leave this list and stay in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock attention list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve selected  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers only: enter a manager PIN to see the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: {what} for {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify is not set up on this terminal. Counts are recorded against Shopify&apos;s stock, so they cannot be taken here; ask a manager to set up [shopify] in the terminal&apos;s config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost. The error was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown — not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown — Shopify not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval: {what}. Choose who approves; they type their PIN, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to Shopify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type barcode or SKU, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item barcode or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item yet: scan the shelf label or the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units counted, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record count  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items counted in this sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items counted in this sitting appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention  Shift+F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify is reachable: counts go to Shopify at the next sync, against what it had when you counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify is not reachable right now. Counting still works: counts are kept here and will be sent when Shopify is reachable, as the difference to what this terminal expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} stock change(s) waiting for Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting for Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention ({n})  Shift+F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type an item first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · barcode {barcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · sellable here (estimate): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is not stock-tracked in Shopify; there is nothing to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count recorded for {title}; looking up the scanned code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of units on the shelf as a whole number, e.g. 12 (not {text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many are on the shelf (0 if it is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {n} × {title}. It goes to Shopify at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {n} × {title}. Shopify is not reachable: it will be sent when Shopify is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item: scan or type its barcode or SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. Nothing was recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting with manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded · sent at next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending · sent when Shopify is reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
