<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackOffice</name>
    <message>
        <source>Something went wrong; the error was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} — back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} · back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers and supervisors: sign in with your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price × quantity − discount; tax is added in the totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Commission by staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission by staff member: top {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team commission over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team commission per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team commission per week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} — give cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} — to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} — as store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} — to a gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tender  Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tender (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sale  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sale (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete sale  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: email receipts need customer records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email receipts are not available yet: the till has no customer records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sale: scan the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer: scan the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF  Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; the sale is safe. The error was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {amount} change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter completes the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter completes the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tender}  {key}
needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tender}  {key}
original tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete refund  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the refund (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash {amount} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was a scan ({code}), not an amount. To add an item, go back to the sale (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tender of zero pays nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount handed over and press Enter, or choose a tender: F1 takes exactly what is due in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cash can be more than what is left ({amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval code or last 4 digits (*1234)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tender} {amount}: type the approval code or the card&apos;s last 4 digits, then Enter. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund {amount} to {tender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund complete — receipt #{no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {amount} cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} to {tender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale complete — receipt #{no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total}  ·  paid {paid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: {choice}. A scan starts the next sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale complete — receipt #{no}, change {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. The sale is complete; Ctrl+R reprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commission</name>
    <message>
        <source>No commission yet this period.
Sales by staff on a commission plan appear here as soon as they are made (and, for other terminals, synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonuses &amp; tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure to see the sales behind it ({n} lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records behind this figure in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record(s) · sales {sales} · commission {commission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure to see the sales behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per staff member, for payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission · {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission report could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clawbacks {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonuses &amp; tiers {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record(s) need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record(s) in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export commission as {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One terminal: the sales and returns rung up on it (tier and bonus progress stays store-wide). Tier adjustments and bonuses are under &quot;{label}&quot; and in &quot;All terminals&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh  F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again (and try the central database again if it was unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal records match.
Every sale, refund, void, line void, discount, price override, drawer opening, cash movement, shift, failed PIN, approval, catalog import and plan or staff change is written here as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every record&apos;s MAC from the first one (as `pos-app verify-audit` does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sale, SKU, reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the action, staff, sale id or detail; Enter to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain has not been verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}  (checked {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first broken record of this terminal&apos;s chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record(s) (the newest shown; narrow the filter to see older ones) · newest first · records cannot be changed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record(s) · newest first · records cannot be changed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Plans</name>
    <message>
        <source>% of sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginal (each band at its rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole period (all at the tier reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product
type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans yet. A new one is open on the right: name it, give it a rate, save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this plan would have paid, next to what was paid (nothing is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan  Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Floor staff 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week (Monday first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (or names, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none ticked: every role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most specific matching row pays (SKU, then collection, then product type; then staff member, then role). Empty cells match anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiffs (a fixed amount per unit, on top of the rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount
per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add spiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay a tiered rate on the period&apos;s sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (sales value or units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first tier starts at 0; each next one starts higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonuses (paid once the period reaches a threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see what this plan would have paid last period, next to what was paid. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager or owner can change commission plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
version {version} · {scope}
from {date}{until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing “{name}”, version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan: give it a name and at least one rate, spiff, tier or bonus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a plan with the id “{id}” already exists. Choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else saved “{name}” while you were editing (you started from version {expected}; it is now version {actual}). Reload it to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” as version {version}. Terminals pick it up at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last period ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period so far ({period})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview: fix the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what “{name}” would have paid in {period}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this terminal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “{name}” would have paid in {period} ({source}), next to what was paid. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody this plan covers sold anything in {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed against {period}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Nothing needs review.
A sale whose commission cannot be worked out (no plan covers the seller, or a plan is broken) still completes; its records wait here until a plan covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculate with current plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out these records again with the plans this terminal has now (after a plan was fixed and pulled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record waiting for review, whatever the period, for the store, terminal and staff chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculated: {n} record(s) fixed</source>
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
        <source>Refund  F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products yet: import a catalog or sync with Shopify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or scan the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product}: choose a variant (↑ ↓ then Enter, or touch it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; the sale is safe. The error was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} variants — Enter to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode {code} did not scan right (wrong check digit) — scan it again or type the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a barcode or SKU we can read — scan it again or search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with barcode {code} — check the number or search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with SKU or code {code} — check it or search by name</source>
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
<context>
    <name>Window</name>
    <message>
        <source>{store} — terminal {terminal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal {terminal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed; the error was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Sign in to continue; the open sale is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: {n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (oldest {n} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central: online, last sync {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central: offline since {time} — selling continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central: PAUSED, needs a manager — sales stay queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central: not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify (demo shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: offline, last sync {time} — selling continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: offline — selling continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: last sync {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} stock change(s) waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last sync {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been queued yet: completed sales appear here until they reach the central database and Shopify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
