<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>BackOffice</name>
        <message>
            <source>Something went wrong; the error was logged.</source>
            <translation>حدث خطأ ما؛ تم تسجيل الخطأ.</translation>
        </message>
        <message>
            <source>{store} — back office</source>
            <translation>{store} — الإدارة</translation>
        </message>
        <message>
            <source>{store} · back office</source>
            <translation>{store} · الإدارة</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <source>Managers and supervisors: sign in with your PIN.</source>
            <translation>المديرون والمشرفون: سجّلوا الدخول برمز PIN.</translation>
        </message>
        <message>
            <source>Sign-in is not available here.</source>
            <translation>تسجيل الدخول غير متاح هنا.</translation>
        </message>
        <message>
            <source>Signed in: {role}</source>
            <translation>تم تسجيل الدخول: {role}</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>العمولة</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>الخطط</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>بحاجة إلى مراجعة</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>{section}  Ctrl+{n}</source>
            <translation>{section}  Ctrl+{n}</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>أسبوع {date}</translation>
        </message>
    </context>
    <context>
        <name>Cart</name>
        <message>
            <source>Item</source>
            <translation>الصنف</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>السعر</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>الخصم</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Return: </source>
            <translation>إرجاع: </translation>
        </message>
        <message>
            <source>Price × quantity − discount; tax is added in the totals</source>
            <translation>السعر × الكمية − الخصم؛ تُضاف الضريبة في الإجماليات</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Commission by staff member</source>
            <translation>العمولة لكل موظف</translation>
        </message>
        <message>
            <source>Commission by staff member: top {n} of {total}</source>
            <translation>العمولة لكل موظف: أعلى {n} من {total}</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>العمولة</translation>
        </message>
        <message>
            <source>Team commission over time</source>
            <translation>عمولة الفريق عبر الزمن</translation>
        </message>
        <message>
            <source>Team commission per day</source>
            <translation>عمولة الفريق يوميًا</translation>
        </message>
        <message>
            <source>Team commission per week</source>
            <translation>عمولة الفريق أسبوعيًا</translation>
        </message>
    </context>
    <context>
        <name>Checkout</name>
        <message>
            <source>Cash</source>
            <translation>نقدًا</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>بطاقة</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>رصيد المتجر</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>بطاقة هدية</translation>
        </message>
        <message>
            <source>Refund {amount} — give cash</source>
            <translation>استرداد {amount} — ادفع نقدًا</translation>
        </message>
        <message>
            <source>Refund {amount} — to the card</source>
            <translation>استرداد {amount} — إلى البطاقة</translation>
        </message>
        <message>
            <source>Refund {amount} — as store credit</source>
            <translation>استرداد {amount} — كرصيد في المتجر</translation>
        </message>
        <message>
            <source>Refund {amount} — to a gift card</source>
            <translation>استرداد {amount} — إلى بطاقة هدية</translation>
        </message>
        <message>
            <source>Checkout</source>
            <translation>الدفع</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>المبلغ المستحق</translation>
        </message>
        <message>
            <source>Tenders</source>
            <translation>طرق الدفع</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>Remove tender  Del</source>
            <translation>إزالة الدفعة  Del</translation>
        </message>
        <message>
            <source>Remove the selected tender (Del)</source>
            <translation>إزالة الدفعة المحددة (Del)</translation>
        </message>
        <message>
            <source>Back to sale  Esc</source>
            <translation>العودة إلى البيع  Esc</translation>
        </message>
        <message>
            <source>Back to the sale (Esc)</source>
            <translation>العودة إلى البيع (Esc)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Complete sale  Enter</source>
            <translation>إتمام البيع  Enter</translation>
        </message>
        <message>
            <source>Complete the sale (Enter)</source>
            <translation>إتمام البيع (Enter)</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>الفاصلة العشرية</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>حذف آخر رقم</translation>
        </message>
        <message>
            <source>Clear what was typed</source>
            <translation>مسح ما كُتب</translation>
        </message>
        <message>
            <source>Receipt?</source>
            <translation>إيصال؟</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>طباعة الإيصال</translation>
        </message>
        <message>
            <source>Print the receipt</source>
            <translation>طباعة الإيصال</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>بدون إيصال</translation>
        </message>
        <message>
            <source>Email receipt</source>
            <translation>إيصال بالبريد</translation>
        </message>
        <message>
            <source>Email the receipt</source>
            <translation>إرسال الإيصال بالبريد الإلكتروني</translation>
        </message>
        <message>
            <source>Not available yet: email receipts need customer records</source>
            <translation>غير متاح بعد: الإيصالات بالبريد تتطلب سجلات العملاء</translation>
        </message>
        <message>
            <source>Email receipts are not available yet: the till has no customer records.</source>
            <translation>الإيصالات بالبريد غير متاحة بعد: لا توجد سجلات عملاء في الصندوق.</translation>
        </message>
        <message>
            <source>Next sale: scan the first item</source>
            <translation>البيع التالي: امسح الصنف الأول</translation>
        </message>
        <message>
            <source>Next customer: scan the first item</source>
            <translation>العميل التالي: امسح الصنف الأول</translation>
        </message>
        <message>
            <source>Save PDF  Ctrl+S</source>
            <translation>حفظ PDF  Ctrl+S</translation>
        </message>
        <message>
            <source>Save the receipt as PDF (Ctrl+S)</source>
            <translation>حفظ الإيصال بصيغة PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Something went wrong; the sale is safe. The error was logged.</source>
            <translation>حدث خطأ ما؛ البيع محفوظ. تم تسجيل الخطأ.</translation>
        </message>
        <message>
            <source>Refunded in full</source>
            <translation>تم الاسترداد بالكامل</translation>
        </message>
        <message>
            <source>Paid in full</source>
            <translation>مدفوع بالكامل</translation>
        </message>
        <message>
            <source>Give {amount} change</source>
            <translation>أعطِ {amount} باقيًا</translation>
        </message>
        <message>
            <source>Enter completes the refund</source>
            <translation>اضغط Enter لإتمام الاسترداد</translation>
        </message>
        <message>
            <source>Enter completes the sale</source>
            <translation>اضغط Enter لإتمام البيع</translation>
        </message>
        <message>
            <source>To refund</source>
            <translation>للاسترداد</translation>
        </message>
        <message>
            <source>Still to pay</source>
            <translation>المتبقي للدفع</translation>
        </message>
        <message>
            <source>Nothing refunded yet</source>
            <translation>لم يُسترد شيء بعد</translation>
        </message>
        <message>
            <source>No payment yet</source>
            <translation>لا دفعات بعد</translation>
        </message>
        <message>
            <source>Amount to refund</source>
            <translation>المبلغ المُسترد</translation>
        </message>
        <message>
            <source>Amount handed over</source>
            <translation>المبلغ المُسلَّم</translation>
        </message>
        <message>
            <source>{tender}  {key}
needs approval</source>
            <translation>{tender}  {key}
يتطلب موافقة</translation>
        </message>
        <message>
            <source>{tender}  {key}
original tender</source>
            <translation>{tender}  {key}
طريقة الدفع الأصلية</translation>
        </message>
        <message>
            <source>Complete refund  Enter</source>
            <translation>إتمام الاسترداد  Enter</translation>
        </message>
        <message>
            <source>Complete the refund (Enter)</source>
            <translation>إتمام الاسترداد (Enter)</translation>
        </message>
        <message>
            <source>change {amount}</source>
            <translation>الباقي {amount}</translation>
        </message>
        <message>
            <source>nothing left</source>
            <translation>لا شيء متبقٍ</translation>
        </message>
        <message>
            <source>{amount} left</source>
            <translation>متبقٍ {amount}</translation>
        </message>
        <message>
            <source>Cash {amount} ({key})</source>
            <translation>نقدًا {amount} ({key})</translation>
        </message>
        <message>
            <source>Enter completes. Del removes the selected tender (Up/Down choose it).</source>
            <translation>اضغط Enter للإتمام. Del يزيل الدفعة المحددة (الأسهم لاختيارها).</translation>
        </message>
        <message>
            <source>Enter refunds it to {tender}, as it was paid. Another tender needs a supervisor.</source>
            <translation>اضغط Enter لاستردادها إلى {tender} كما دُفعت. طريقة دفع أخرى تتطلب مشرفًا.</translation>
        </message>
        <message>
            <source>Type the amount handed over and press Enter for cash, or choose a tender (F1-F4).</source>
            <translation>اكتب المبلغ المُسلَّم واضغط Enter للدفع نقدًا، أو اختر طريقة دفع (F1-F4).</translation>
        </message>
        <message>
            <source>That was a scan ({code}), not an amount. To add an item, go back to the sale (Esc).</source>
            <translation>كان ذلك مسحًا ({code}) وليس مبلغًا. لإضافة صنف، عُد إلى البيع (Esc).</translation>
        </message>
        <message>
            <source>A tender of zero pays nothing</source>
            <translation>دفعة بقيمة صفر لا تدفع شيئًا</translation>
        </message>
        <message>
            <source>Type the amount handed over and press Enter, or choose a tender: F1 takes exactly what is due in cash.</source>
            <translation>اكتب المبلغ المُسلَّم واضغط Enter، أو اختر طريقة دفع: F1 يأخذ المستحق نقدًا بالضبط.</translation>
        </message>
        <message>
            <source>Only cash can be more than what is left ({amount})</source>
            <translation>النقد وحده يمكن أن يتجاوز المتبقي ({amount})</translation>
        </message>
        <message>
            <source>Approval code or last 4 digits (*1234)</source>
            <translation>رمز الموافقة أو آخر 4 أرقام (*1234)</translation>
        </message>
        <message>
            <source>{tender} {amount}: type the approval code or the card's last 4 digits, then Enter. Esc cancels.</source>
            <translation>{tender} {amount}: اكتب رمز الموافقة أو آخر 4 أرقام من البطاقة ثم Enter. Esc للإلغاء.</translation>
        </message>
        <message>
            <source>Reference: after Card, Store credit or Gift card</source>
            <translation>المرجع: بعد البطاقة أو رصيد المتجر أو بطاقة الهدية</translation>
        </message>
        <message>
            <source>refund {amount} to {tender}</source>
            <translation>استرداد {amount} إلى {tender}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>The drawer did not answer</source>
            <translation>لم يستجب الدرج</translation>
        </message>
        <message>
            <source>{problem}: the drawer did not open. The sale is complete.</source>
            <translation>{problem}: لم يُفتح الدرج. تم البيع.</translation>
        </message>
        <message>
            <source>Refund complete — receipt #{no}</source>
            <translation>تم الاسترداد — إيصال رقم {no}</translation>
        </message>
        <message>
            <source>Give {amount} cash</source>
            <translation>ادفع {amount} نقدًا</translation>
        </message>
        <message>
            <source>Refunded {amount}</source>
            <translation>تم استرداد {amount}</translation>
        </message>
        <message>
            <source>{amount} to {tender}</source>
            <translation>{amount} إلى {tender}</translation>
        </message>
        <message>
            <source>Sale complete — receipt #{no}</source>
            <translation>تم البيع — إيصال رقم {no}</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>لا باقي</translation>
        </message>
        <message>
            <source>Total {total}  ·  paid {paid}</source>
            <translation>الإجمالي {total}  ·  المدفوع {paid}</translation>
        </message>
        <message>
            <source>The default: Enter</source>
            <translation>الافتراضي: Enter</translation>
        </message>
        <message>
            <source>Enter: {choice}. A scan starts the next sale.</source>
            <translation>اضغط Enter: {choice}. المسح يبدأ البيع التالي.</translation>
        </message>
        <message>
            <source>Sale complete — receipt #{no}, change {amount}</source>
            <translation>تم البيع — إيصال رقم {no}، الباقي {amount}</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>فشلت الطباعة</translation>
        </message>
        <message>
            <source>{problem}. The sale is complete; Ctrl+R reprints.</source>
            <translation>{problem}. تم البيع؛ Ctrl+R يعيد الطباعة.</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>حفظ الإيصال</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>تم الحفظ في {path}</translation>
        </message>
    </context>
    <context>
        <name>Commission</name>
        <message>
            <source>No commission yet this period.
Sales by staff on a commission plan appear here as soon as they are made (and, for other terminals, synced).</source>
            <translation>لا عمولة بعد في هذه الفترة.
تظهر هنا مبيعات الموظفين المشمولين بخطة عمولة فور إتمامها (ومن الأجهزة الأخرى بعد المزامنة).</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Sales (net)</source>
            <translation>المبيعات (صافي)</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>العمولة</translation>
        </message>
        <message>
            <source>Clawbacks</source>
            <translation>الاستردادات</translation>
        </message>
        <message>
            <source>Bonuses &amp; tiers</source>
            <translation>المكافآت والشرائح</translation>
        </message>
        <message>
            <source>Tier progress</source>
            <translation>تقدم الشريحة</translation>
        </message>
        <message>
            <source>Bonus progress</source>
            <translation>تقدم المكافأة</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>مراجعة</translation>
        </message>
        <message>
            <source>{n} units</source>
            <translation>{n} وحدة</translation>
        </message>
        <message>
            <source>Tier {n} of {count}</source>
            <translation>الشريحة {n} من {count}</translation>
        </message>
        <message>
            <source>top tier</source>
            <translation>أعلى شريحة</translation>
        </message>
        <message>
            <source>{amount} to go</source>
            <translation>متبقٍ {amount}</translation>
        </message>
        <message>
            <source>{amount} to tier {n}</source>
            <translation>{amount} حتى الشريحة {n}</translation>
        </message>
        <message>
            <source>{amount} earned</source>
            <translation>{amount} مكتسبة</translation>
        </message>
        <message>
            <source>no bonus in this plan</source>
            <translation>لا مكافأة في هذه الخطة</translation>
        </message>
        <message>
            <source>{amount} to a {bonus} bonus</source>
            <translation>{amount} حتى مكافأة {bonus}</translation>
        </message>
        <message>
            <source>{amount} to {bonus}</source>
            <translation>{amount} حتى {bonus}</translation>
        </message>
        <message>
            <source>Double-click a figure to see the sales behind it ({n} lines)</source>
            <translation>انقر نقرًا مزدوجًا على رقم لرؤية المبيعات وراءه ({n} سطرًا)</translation>
        </message>
        <message>
            <source>No tiers</source>
            <translation>بلا شرائح</translation>
        </message>
        <message>
            <source>No bonus</source>
            <translation>بلا مكافأة</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>الإيصال</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>No records behind this figure in this period.</source>
            <translation>لا توجد سجلات وراء هذا الرقم في هذه الفترة.</translation>
        </message>
        <message>
            <source>{n} record(s) · sales {sales} · commission {commission}</source>
            <translation>{n} سجل · المبيعات {sales} · العمولة {commission}</translation>
        </message>
        <message>
            <source>Export CSV…  Ctrl+E</source>
            <translation>تصدير CSV…  Ctrl+E</translation>
        </message>
        <message>
            <source>Export PDF…  Ctrl+P</source>
            <translation>تصدير PDF…  Ctrl+P</translation>
        </message>
        <message>
            <source>All commission</source>
            <translation>كل العمولة</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>المبيعات</translation>
        </message>
        <message>
            <source>Bonuses and tier adjustments</source>
            <translation>المكافآت وتعديلات الشرائح</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>بحاجة إلى مراجعة</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>بيع</translation>
        </message>
        <message>
            <source>Return (clawback)</source>
            <translation>مرتجع (استرداد عمولة)</translation>
        </message>
        <message>
            <source>Tier adjustment</source>
            <translation>تعديل شريحة</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>مكافأة</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>سليم</translation>
        </message>
        <message>
            <source>Close  Esc</source>
            <translation>إغلاق  Esc</translation>
        </message>
        <message>
            <source>Double-click a figure to see the sales behind it</source>
            <translation>انقر نقرًا مزدوجًا على رقم لرؤية المبيعات وراءه</translation>
        </message>
        <message>
            <source>One row per staff member, for payroll</source>
            <translation>صف لكل موظف، لكشف الرواتب</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Commission per staff member</source>
            <translation>العمولة لكل موظف</translation>
        </message>
        <message>
            <source>Commission · {period}</source>
            <translation>العمولة · {period}</translation>
        </message>
        <message>
            <source>The commission report could not be read: {reason}</source>
            <translation>تعذرت قراءة تقرير العمولة: {reason}</translation>
        </message>
        <message>
            <source>{n} staff</source>
            <translation>{n} موظف</translation>
        </message>
        <message>
            <source>sales {amount}</source>
            <translation>المبيعات {amount}</translation>
        </message>
        <message>
            <source>commission {amount}</source>
            <translation>العمولة {amount}</translation>
        </message>
        <message>
            <source>clawbacks {amount}</source>
            <translation>الاستردادات {amount}</translation>
        </message>
        <message>
            <source>bonuses &amp; tiers {amount}</source>
            <translation>المكافآت والشرائح {amount}</translation>
        </message>
        <message>
            <source>{n} record(s) need review</source>
            <translation>{n} سجل بحاجة إلى مراجعة</translation>
        </message>
        <message>
            <source>not shown: {what}</source>
            <translation>غير معروض: {what}</translation>
        </message>
        <message>
            <source>{n} record(s) in {currency}</source>
            <translation>{n} سجل بعملة {currency}</translation>
        </message>
        <message>
            <source>Team: {parts}</source>
            <translation>الفريق: {parts}</translation>
        </message>
        <message>
            <source>Export commission as {kind}</source>
            <translation>تصدير العمولة بصيغة {kind}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export records as CSV</source>
            <translation>تصدير السجلات بصيغة CSV</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>تم الحفظ في {path}</translation>
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message>
            <source>This sale: commission needs review (a manager will check)</source>
            <translation>هذا البيع: العمولة بحاجة إلى مراجعة (سيتحقق منها مدير)</translation>
        </message>
        <message>
            <source>This sale {amount}</source>
            <translation>هذا البيع {amount}</translation>
        </message>
        <message>
            <source> (of {amount} shared)</source>
            <translation> (من {amount} مشتركة)</translation>
        </message>
        <message>
            <source>{n} units</source>
            <translation>{n} وحدة</translation>
        </message>
        <message>
            <source>tier {tier}/{tiers}, {amount} to tier {next}</source>
            <translation>الشريحة {tier}/{tiers}، {amount} حتى الشريحة {next}</translation>
        </message>
        <message>
            <source>top tier ({tiers}/{tiers})</source>
            <translation>أعلى شريحة ({tiers}/{tiers})</translation>
        </message>
        <message>
            <source>{amount} to a {bonus} bonus</source>
            <translation>{amount} حتى مكافأة {bonus}</translation>
        </message>
        <message>
            <source>bonus {amount} earned</source>
            <translation>مكافأة {amount} مكتسبة</translation>
        </message>
        <message>
            <source>this till only</source>
            <translation>هذا الصندوق فقط</translation>
        </message>
        <message>
            <source>Only {n} × {title} should be in stock; {sale} in this sale</source>
            <translation>يُفترض أن يكون في المخزون {n} × {title} فقط؛ {sale} في هذا البيع</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>نقدًا</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>بطاقة</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>رصيد المتجر</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>بطاقة هدية</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Cancel (Esc)</source>
            <translation>إلغاء (Esc)</translation>
        </message>
        <message>
            <source>Manager approval</source>
            <translation>موافقة المدير</translation>
        </message>
        <message>
            <source>{title}: {what}</source>
            <translation>{title}: {what}</translation>
        </message>
        <message>
            <source>Choose who approves (touch, arrow keys or the first letters), then they type their PIN. Esc cancels.</source>
            <translation>اختر من يوافق (باللمس أو الأسهم أو الأحرف الأولى)، ثم يكتب رمزه. Esc للإلغاء.</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>المُوافِق</translation>
        </message>
        <message>
            <source>Approver's PIN</source>
            <translation>رمز PIN للمُوافِق</translation>
        </message>
        <message>
            <source>The approver's PIN, on the keys or the pad; Enter approves</source>
            <translation>رمز المُوافِق بالمفاتيح أو اللوحة؛ Enter للموافقة</translation>
        </message>
        <message>
            <source>Approval message</source>
            <translation>رسالة الموافقة</translation>
        </message>
        <message>
            <source>Approve (Enter)</source>
            <translation>موافقة (Enter)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>موافقة</translation>
        </message>
        <message>
            <source>Cancel approval</source>
            <translation>إلغاء الموافقة</translation>
        </message>
        <message>
            <source>That was a scan, not a PIN: the approver types their PIN</source>
            <translation>كان ذلك مسحًا وليس رمزًا: يكتب المُوافِق رمزه</translation>
        </message>
        <message>
            <source>Choose who approves first</source>
            <translation>اختر من يوافق أولًا</translation>
        </message>
        <message>
            <source>Type the approver's PIN</source>
            <translation>اكتب رمز المُوافِق</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n}%</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>الخصم</translation>
        </message>
        <message>
            <source>Line: {title} (Alt+L)</source>
            <translation>السطر: {title} (Alt+L)</translation>
        </message>
        <message>
            <source>Line (Alt+L)</source>
            <translation>السطر (Alt+L)</translation>
        </message>
        <message>
            <source>Discount on the selected line</source>
            <translation>خصم على السطر المحدد</translation>
        </message>
        <message>
            <source>Whole sale (Alt+W)</source>
            <translation>البيع كله (Alt+W)</translation>
        </message>
        <message>
            <source>Discount on the whole sale</source>
            <translation>خصم على البيع كله</translation>
        </message>
        <message>
            <source>Percent % (Alt+P)</source>
            <translation>نسبة % (Alt+P)</translation>
        </message>
        <message>
            <source>Discount in percent</source>
            <translation>خصم بنسبة مئوية</translation>
        </message>
        <message>
            <source>Amount {symbol} (Alt+A)</source>
            <translation>مبلغ {symbol} (Alt+A)</translation>
        </message>
        <message>
            <source>Discount as an amount of money</source>
            <translation>خصم بمبلغ مالي</translation>
        </message>
        <message>
            <source>Discount value</source>
            <translation>قيمة الخصم</translation>
        </message>
        <message>
            <source>Type the discount, then Enter; 0 removes the discount</source>
            <translation>اكتب الخصم ثم Enter؛ 0 يزيل الخصم</translation>
        </message>
        <message>
            <source>{percent} ({key})</source>
            <translation>{percent} ({key})</translation>
        </message>
        <message>
            <source>Discount {percent}</source>
            <translation>خصم {percent}</translation>
        </message>
        <message>
            <source>Applies it at once; key {key}</source>
            <translation>يُطبَّق فورًا؛ المفتاح {key}</translation>
        </message>
        <message>
            <source>Reason (optional): damaged, loyalty, price match…</source>
            <translation>السبب (اختياري): تالف، ولاء، مطابقة سعر…</translation>
        </message>
        <message>
            <source>Discount reason</source>
            <translation>سبب الخصم</translation>
        </message>
        <message>
            <source>Discount message</source>
            <translation>رسالة الخصم</translation>
        </message>
        <message>
            <source>Apply (Enter)</source>
            <translation>تطبيق (Enter)</translation>
        </message>
        <message>
            <source>Apply the discount</source>
            <translation>تطبيق الخصم</translation>
        </message>
        <message>
            <source>Cancel the discount</source>
            <translation>إلغاء الخصم</translation>
        </message>
        <message>
            <source>Amount, e.g. {example}; 0 removes the discount</source>
            <translation>المبلغ، مثال {example}؛ 0 يزيل الخصم</translation>
        </message>
        <message>
            <source>Percent, e.g. 10 for 10 %; 0 removes the discount</source>
            <translation>النسبة، مثال 10 لـ 10 %؛ 0 يزيل الخصم</translation>
        </message>
        <message>
            <source>removing the discount on line {no}</source>
            <translation>إزالة الخصم عن السطر {no}</translation>
        </message>
        <message>
            <source>removing the discount on the sale</source>
            <translation>إزالة الخصم عن البيع</translation>
        </message>
        <message>
            <source>discount {value} on line {no}</source>
            <translation>خصم {value} على السطر {no}</translation>
        </message>
        <message>
            <source>discount {value} on the whole sale</source>
            <translation>خصم {value} على البيع كله</translation>
        </message>
        <message>
            <source>Type the discount (0 removes it)</source>
            <translation>اكتب الخصم (0 يزيله)</translation>
        </message>
        <message>
            <source>Not a number: {text}</source>
            <translation>ليس رقمًا: {text}</translation>
        </message>
        <message>
            <source>A discount cannot be negative</source>
            <translation>لا يمكن أن يكون الخصم سالبًا</translation>
        </message>
        <message>
            <source>Use at most two decimals for a percentage</source>
            <translation>استخدم منزلتين عشريتين على الأكثر للنسبة</translation>
        </message>
        <message>
            <source>A discount cannot be more than 100 %</source>
            <translation>لا يمكن أن يتجاوز الخصم 100 %</translation>
        </message>
        <message>
            <source>Held sales</source>
            <translation>المبيعات المعلّقة</translation>
        </message>
        <message>
            <source>No held sales. Press F5 on a sale to hold it for later.</source>
            <translation>لا مبيعات معلّقة. اضغط F5 على بيع لتعليقه لاحقًا.</translation>
        </message>
        <message>
            <source>Up and Down choose a sale; Enter resumes it</source>
            <translation>الأسهم تختار بيعًا؛ Enter يستأنفه</translation>
        </message>
        <message>
            <source>Held at</source>
            <translation>عُلّق في</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>كاشير</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>الأصناف</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <source>{time} (parked)</source>
            <translation>{time} (مركون)</translation>
        </message>
        <message>
            <source>Resume (Enter)</source>
            <translation>استئناف (Enter)</translation>
        </message>
        <message>
            <source>Resume the selected sale</source>
            <translation>استئناف البيع المحدد</translation>
        </message>
        <message>
            <source>Close held sales</source>
            <translation>إغلاق المبيعات المعلّقة</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Wrong PIN or not allowed</source>
            <translation>رمز PIN خاطئ أو غير مسموح</translation>
        </message>
        <message>
            <source>Too many wrong PINs; try again in {n} s</source>
            <translation>رموز خاطئة كثيرة؛ حاول مجددًا بعد {n} ث</translation>
        </message>
        <message>
            <source>Too many wrong PINs; try again in {n} min</source>
            <translation>رموز خاطئة كثيرة؛ حاول مجددًا بعد {n} د</translation>
        </message>
        <message>
            <source>Locked after too many wrong PINs: a manager must unlock it</source>
            <translation>مقفل بعد رموز خاطئة كثيرة: يجب أن يفتحه مدير</translation>
        </message>
        <message>
            <source>                 nothing was rejected: every row stays queued and goes once the configuration or the role is fixed</source>
            <translation>لم يُرفض شيء: يبقى كل صف في قائمة الانتظار ويُرسَل بمجرد إصلاح الإعداد أو الدور</translation>
        </message>
        <message>
            <source>A PIN is {low} to {high} digits</source>
            <translation>رمز PIN من {low} إلى {high} أرقام</translation>
        </message>
        <message>
            <source>A Z report is only made for a closed shift</source>
            <translation>تقرير Z يُعدّ لوردية مغلقة فقط</translation>
        </message>
        <message>
            <source>A clawback needs a positive returned quantity of a sold line</source>
            <translation>استرداد العمولة يحتاج إلى كمية مُرجَعة موجبة من سطر مبيع</translation>
        </message>
        <message>
            <source>A count cannot be negative: count what is on the shelf (0 if it is empty)</source>
            <translation>لا يمكن أن يكون الجرد سالبًا: عُدّ ما على الرف (0 إن كان فارغًا)</translation>
        </message>
        <message>
            <source>A custom period needs its first and last day</source>
            <translation>الفترة المخصصة تحتاج إلى يومها الأول والأخير</translation>
        </message>
        <message>
            <source>A discount cannot be more than 100 % (got {pct} %)</source>
            <translation>لا يمكن أن يتجاوز الخصم 100 % (المُدخل {pct} %)</translation>
        </message>
        <message>
            <source>A discount cannot be negative</source>
            <translation>لا يمكن أن يكون الخصم سالبًا</translation>
        </message>
        <message>
            <source>A discount of {value} is more than the amount it applies to ({base})</source>
            <translation>خصم بقيمة {value} أكبر من المبلغ الذي يُطبّق عليه ({base})</translation>
        </message>
        <message>
            <source>A line must be attributed to at least one staff member</source>
            <translation>يجب أن يُنسب السطر إلى موظف واحد على الأقل</translation>
        </message>
        <message>
            <source>A paid-in or paid-out amount must be more than zero</source>
            <translation>يجب أن يكون مبلغ الإيداع أو السحب أكبر من صفر</translation>
        </message>
        <message>
            <source>A paid-in or paid-out needs a reason</source>
            <translation>الإيداع أو السحب يحتاج إلى سبب</translation>
        </message>
        <message>
            <source>A plan needs an id and a name</source>
            <translation>الخطة تحتاج إلى معرّف واسم</translation>
        </message>
        <message>
            <source>A post-void cannot itself be post-voided</source>
            <translation>لا يمكن إلغاء الإلغاء اللاحق نفسه</translation>
        </message>
        <message>
            <source>A price cannot be negative</source>
            <translation>لا يمكن أن يكون السعر سالبًا</translation>
        </message>
        <message>
            <source>A report period must end after it starts</source>
            <translation>يجب أن تنتهي فترة التقرير بعد بدايتها</translation>
        </message>
        <message>
            <source>A return reason is at most {n} characters</source>
            <translation>سبب الإرجاع {n} حرفًا على الأكثر</translation>
        </message>
        <message>
            <source>A returned line cannot be returned again</source>
            <translation>لا يمكن إرجاع سطر مُرجَع مرة أخرى</translation>
        </message>
        <message>
            <source>A returned line keeps the discount it was sold with</source>
            <translation>يحتفظ السطر المُرجَع بالخصم الذي بيع به</translation>
        </message>
        <message>
            <source>A shift is already open on terminal {terminal} (opened by {by} at {at}); close it with a Z report before opening another</source>
            <translation>توجد وردية مفتوحة بالفعل على الجهاز {terminal} (فتحها {by} في {at})؛ أغلقها بتقرير Z قبل فتح أخرى</translation>
        </message>
        <message>
            <source>A sold line cannot become a return line, or the reverse</source>
            <translation>لا يمكن أن يصبح سطر مبيع سطر إرجاع، ولا العكس</translation>
        </message>
        <message>
            <source>A staff member appears twice in the split</source>
            <translation>يظهر موظف مرتين في التقسيم</translation>
        </message>
        <message>
            <source>A staff member must be given</source>
            <translation>يجب تحديد موظف</translation>
        </message>
        <message>
            <source>A stock change could not be read and was set aside: tell support</source>
            <translation>تعذّرت قراءة تغيير في المخزون فأُجِّل: أبلغ الدعم الفني</translation>
        </message>
        <message>
            <source>A tender must be positive</source>
            <translation>يجب أن تكون الدفعة موجبة</translation>
        </message>
        <message>
            <source>A tender of zero does not pay anything</source>
            <translation>دفعة بقيمة صفر لا تدفع شيئًا</translation>
        </message>
        <message>
            <source>A tender reference must be {forms}; {n} characters were typed</source>
            <translation>يجب أن يكون مرجع الدفع {forms}؛ كُتب {n} حرفًا</translation>
        </message>
        <message>
            <source>A tier schedule needs at least one tier</source>
            <translation>جدول الشرائح يحتاج إلى شريحة واحدة على الأقل</translation>
        </message>
        <message>
            <source>A {by} cannot give or change the role {role}</source>
            <translation>لا يمكن لـ{by} منح الدور {role} أو تغييره</translation>
        </message>
        <message>
            <source>A {kind} tender needs its reference: {forms}</source>
            <translation>الدفع بـ{kind} يحتاج إلى مرجعه: {forms}</translation>
        </message>
        <message>
            <source>A {role} cannot read the journal; a manager or owner can</source>
            <translation>لا يمكن لـ{role} قراءة السجل؛ يمكن ذلك للمدير أو المالك</translation>
        </message>
        <message>
            <source>A {role} cannot {what}; only a {need} can</source>
            <translation>لا يمكن لـ{role} {what}؛ لا يمكن ذلك إلا لـ{need}</translation>
        </message>
        <message>
            <source>Add at least one tier, starting at 0</source>
            <translation>أضف شريحة واحدة على الأقل، تبدأ من 0</translation>
        </message>
        <message>
            <source>Add something to the sale before taking payment</source>
            <translation>أضف شيئًا إلى البيع قبل تحصيل الدفع</translation>
        </message>
        <message>
            <source>Amount per unit: {error}</source>
            <translation>المبلغ لكل وحدة: {error}</translation>
        </message>
        <message>
            <source>Amount: {error}</source>
            <translation>المبلغ: {error}</translation>
        </message>
        <message>
            <source>An empty sale cannot be completed</source>
            <translation>لا يمكن إتمام بيع فارغ</translation>
        </message>
        <message>
            <source>An opening float of {amount} is not plausible</source>
            <translation>رصيد افتتاحي بقيمة {amount} غير معقول</translation>
        </message>
        <message>
            <source>Attention        {count} item(s) need a person: pos-app reconcile --status</source>
            <translation>انتباه: {count} عنصر يحتاج إلى شخص: pos-app reconcile --status</translation>
        </message>
        <message>
            <source>Barcode {barcode} is on SKUs {owner} and {other} in Shopify. Scanning it rings up {owner}; {other} has no barcode here until the duplicate is fixed in Shopify admin</source>
            <translation>الباركود {barcode} موجود على رمزي الصنفين {owner} و{other} في Shopify. مسحه يسجّل {owner}؛ ولا باركود لـ{other} هنا حتى يُصحَّح التكرار في لوحة إدارة Shopify</translation>
        </message>
        <message>
            <source>Cannot count {key}: the tenders are {names}</source>
            <translation>لا يمكن عدّ {key}: طرق الدفع هي {names}</translation>
        </message>
        <message>
            <source>Cannot deactivate {name}: they are the store's last manager. Add another manager first</source>
            <translation>لا يمكن تعطيل {name}: إنه آخر مدير في المتجر. أضف مديرًا آخر أولًا</translation>
        </message>
        <message>
            <source>Cannot pay out {amount}: the drawer should only hold {held}</source>
            <translation>لا يمكن سحب {amount}: يجب ألا يحتوي الدرج إلا على {held}</translation>
        </message>
        <message>
            <source>Cannot take the manager's role from {name}: they are the store's last manager. Add another manager first</source>
            <translation>لا يمكن نزع دور المدير من {name}: إنه آخر مدير في المتجر. أضف مديرًا آخر أولًا</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>بطاقة</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>نقدًا</translation>
        </message>
        <message>
            <source>Cash rounding must be 1 (none) or more minor units, e.g. 5</source>
            <translation>يجب أن يكون تقريب النقد 1 (بلا تقريب) أو أكثر من الوحدات الصغرى، مثل 5</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>أمين الصندوق</translation>
        </message>
        <message>
            <source>Catalog          cancelled at {done} of {total} products: the next reconcile pulls the rest</source>
            <translation>الكتالوج: أُلغي عند {done} من {total} منتج: تجلب المطابقة التالية الباقي</translation>
        </message>
        <message>
            <source>Catalog          cancelled at {done} products: the next reconcile pulls the rest</source>
            <translation>الكتالوج: أُلغي عند {done} منتج: تجلب المطابقة التالية الباقي</translation>
        </message>
        <message>
            <source>Catalog          not pulled (cancelled): the next reconcile pulls it</source>
            <translation>الكتالوج: لم يُجلب (أُلغي): تجلبه المطابقة التالية</translation>
        </message>
        <message>
            <source>Catalog          {read} variants read, {new} new, {changed} changed, {no_sku} without SKU, {collections} collections read</source>
            <translation>الكتالوج: قُرئ {read} متغيّر، {new} جديد، {changed} تغيّر، {no_sku} بلا SKU، قُرئت {collections} مجموعة</translation>
        </message>
        <message>
            <source>Central database (store {store})</source>
            <translation>قاعدة البيانات المركزية (المتجر {store})</translation>
        </message>
        <message>
            <source>Central schema   {what}</source>
            <translation>المخطط المركزي: {what}</translation>
        </message>
        <message>
            <source>Central schema   {what} ({before} -&gt; {after})</source>
            <translation>المخطط المركزي: {what} ({before} -&gt; {after})</translation>
        </message>
        <message>
            <source>Central sync backing off until {until}</source>
            <translation>المزامنة المركزية متوقفة مؤقتًا حتى {until}</translation>
        </message>
        <message>
            <source>Choose or type the printer's form (e.g. usb:04b8:0202, network:192.0.2.10:9100)</source>
            <translation>اختر الطابعة أو اكتب صيغتها (مثل usb:04b8:0202، network:192.0.2.10:9100)</translation>
        </message>
        <message>
            <source>Choose your name first, then type your PIN</source>
            <translation>اختر اسمك أولًا، ثم اكتب رمز PIN</translation>
        </message>
        <message>
            <source>Code contains control characters: {code}</source>
            <translation>الرمز يحتوي على أحرف تحكم: {code}</translation>
        </message>
        <message>
            <source>Code is too long ({n} characters): {start}…</source>
            <translation>الرمز طويل جدًا ({n} حرفًا): {start}…</translation>
        </message>
        <message>
            <source>Commission plans are saved in the central database, and none is configured</source>
            <translation>تُحفظ خطط العمولة في قاعدة البيانات المركزية، ولا توجد قاعدة مُعدّة</translation>
        </message>
        <message>
            <source>Commission shares must be positive and add up to 100 %</source>
            <translation>يجب أن تكون حصص العمولة موجبة ومجموعها 100 %</translation>
        </message>
        <message>
            <source>Config           [central] written to {path}</source>
            <translation>الإعداد: [central] كُتب في {path}</translation>
        </message>
        <message>
            <source>Config           [shopify] written to {path}</source>
            <translation>الإعداد: [shopify] كُتب في {path}</translation>
        </message>
        <message>
            <source>Config: [printer] device = {device} written to {path}</source>
            <translation>الإعداد: [printer] device = {device} كُتب في {path}</translation>
        </message>
        <message>
            <source>Count every tender taken before closing; missing: {names}</source>
            <translation>عُدّ كل طرق الدفع المحصّلة قبل الإغلاق؛ الناقص: {names}</translation>
        </message>
        <message>
            <source>Counted cash cannot be negative</source>
            <translation>لا يمكن أن يكون النقد المعدود سالبًا</translation>
        </message>
        <message>
            <source>Counted {counted}; this till expected {expected} on hand, but Shopify had {now}. The difference, {variance}, was sent instead: check the item in Shopify admin</source>
            <translation>الكمية المجرودة {counted}؛ توقّع هذا الصندوق {expected} في المخزون، لكن Shopify كان لديه {now}. أُرسل الفرق ‪{variance}‬ بدلًا من ذلك: تحقّق من الصنف في لوحة إدارة Shopify</translation>
        </message>
        <message>
            <source>Counted {counted}; this till expected {expected} on hand, but the stock in Shopify had changed. The difference, {variance}, was sent instead: check the item in Shopify admin</source>
            <translation>الكمية المجرودة {counted}؛ توقّع هذا الصندوق {expected} في المخزون، لكن المخزون في Shopify كان قد تغيّر. أُرسل الفرق ‪{variance}‬ بدلًا من ذلك: تحقّق من الصنف في لوحة إدارة Shopify</translation>
        </message>
        <message>
            <source>Counts           {applied} applied, {variances} as variances, {stale} stale</source>
            <translation>الجرد: طُبِّق {applied}، {variances} كفروقات، {stale} قديم</translation>
        </message>
        <message>
            <source>Each tier must start above the one before</source>
            <translation>يجب أن تبدأ كل شريحة فوق التي قبلها</translation>
        </message>
        <message>
            <source>Enter the rate</source>
            <translation>أدخل النسبة</translation>
        </message>
        <message>
            <source>Finding a sale by date or amount is not available here; type the receipt number</source>
            <translation>البحث عن بيع بالتاريخ أو المبلغ غير متاح هنا؛ اكتب رقم الإيصال</translation>
        </message>
        <message>
            <source>From: {error}</source>
            <translation>من: {error}</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>بطاقة هدية</translation>
        </message>
        <message>
            <source>Give a date and time range or an amount to find a sale</source>
            <translation>حدّد نطاقًا من التاريخ والوقت أو مبلغًا للعثور على بيع</translation>
        </message>
        <message>
            <source>Give a reason for returning {what}: {choices} ({rule})</source>
            <translation>اذكر سببًا لإرجاع {what}: {choices} ({rule})</translation>
        </message>
        <message>
            <source>Give the plan a name</source>
            <translation>أعطِ الخطة اسمًا</translation>
        </message>
        <message>
            <source>Hold or finish the current sale before resuming another</source>
            <translation>علّق البيع الحالي أو أتمّه قبل استئناف بيع آخر</translation>
        </message>
        <message>
            <source>Invalid {kind} barcode {code}: check digit is {digit}, expected {expected}</source>
            <translation>باركود {kind} غير صالح {code}: رقم التحقق {digit}، والمتوقع {expected}</translation>
        </message>
        <message>
            <source>Journal          {count} record(s) pushed</source>
            <translation>السجل: أُرسل {count} سجل</translation>
        </message>
        <message>
            <source>Journal          {count} record(s) pushed; STOPPED: {error}</source>
            <translation>السجل: أُرسل {count} سجل؛ توقّف: {error}</translation>
        </message>
        <message>
            <source>Levels           {updated} updated ({reads} bulk reads)</source>
            <translation>المخزون: حُدِّث {updated} ({reads} قراءة مجمّعة)</translation>
        </message>
        <message>
            <source>Line {no} is not in this sale</source>
            <translation>السطر {no} ليس في هذا البيع</translation>
        </message>
        <message>
            <source>Location         {name} ({id})</source>
            <translation>الموقع: {name} ({id})</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>المدير</translation>
        </message>
        <message>
            <source>Manager approval needed: {action} is above what a {role} may do alone (a {need} or above must approve)</source>
            <translation>تلزم موافقة المدير: {action} يتجاوز ما يمكن أن يفعله {role} وحده (يجب أن يوافق {need} أو أعلى)</translation>
        </message>
        <message>
            <source>Manager approval needed: {action} of {amount} is above what a {role} may do alone (a {need} or above must approve)</source>
            <translation>تلزم موافقة المدير: {action} بمبلغ {amount} يتجاوز ما يمكن أن يفعله {role} وحده (يجب أن يوافق {need} أو أعلى)</translation>
        </message>
        <message>
            <source>Manager approval needed: {what}</source>
            <translation>تلزم موافقة المدير: {what}</translation>
        </message>
        <message>
            <source>Next: on each terminal, `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`</source>
            <translation>التالي: على كل محطة، `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`</translation>
        </message>
        <message>
            <source>No Shopify stock level is known for {sku} at this location yet</source>
            <translation>لا يُعرف بعد مستوى مخزون Shopify لـ{sku} في هذا الموقع</translation>
        </message>
        <message>
            <source>No active staff member is called {name}; names are listed on the sign-in screen</source>
            <translation>لا يوجد موظف نشط باسم {name}؛ الأسماء مدرجة في شاشة تسجيل الدخول</translation>
        </message>
        <message>
            <source>No cash drawer is connected</source>
            <translation>لا يوجد درج نقود متصل</translation>
        </message>
        <message>
            <source>No commission plan covers {staff} on {day}</source>
            <translation>لا توجد خطة عمولة تشمل {staff} في {day}</translation>
        </message>
        <message>
            <source>No product variant with id {variant}</source>
            <translation>لا يوجد متغير منتج بالمعرّف {variant}</translation>
        </message>
        <message>
            <source>No product with SKU or code {code}</source>
            <translation>لا يوجد منتج برمز SKU أو الرمز {code}</translation>
        </message>
        <message>
            <source>No product with barcode {code}</source>
            <translation>لا يوجد منتج بالباركود {code}</translation>
        </message>
        <message>
            <source>No receipt has been printed on this terminal since start-up</source>
            <translation>لم يُطبع أي إيصال على هذا الجهاز منذ التشغيل</translation>
        </message>
        <message>
            <source>No sale {sale}</source>
            <translation>لا يوجد بيع {sale}</translation>
        </message>
        <message>
            <source>No shift is open on terminal {terminal}; open one first</source>
            <translation>لا توجد وردية مفتوحة على الجهاز {terminal}؛ افتح واحدة أولًا</translation>
        </message>
        <message>
            <source>No staff member called “{name}”</source>
            <translation>لا يوجد موظف باسم «{name}»</translation>
        </message>
        <message>
            <source>No staff member is called {name}</source>
            <translation>لا يوجد موظف باسم {name}</translation>
        </message>
        <message>
            <source>No staff member with id {staff}</source>
            <translation>لا يوجد موظف بالمعرّف {staff}</translation>
        </message>
        <message>
            <source>No valid commission plan for {staff} on {day}; unreadable plans: {reasons}</source>
            <translation>لا توجد خطة عمولة صالحة لـ{staff} في {day}؛ خطط غير مقروءة: {reasons}</translation>
        </message>
        <message>
            <source>Nobody is signed in; a manager or owner can</source>
            <translation>لم يسجّل أحد الدخول؛ يمكن ذلك للمدير أو المالك</translation>
        </message>
        <message>
            <source>Nobody is signed in; only a {need} can</source>
            <translation>لم يسجّل أحد الدخول؛ لا يمكن ذلك إلا لـ{need}</translation>
        </message>
        <message>
            <source>Not a receipt number: {typed}</source>
            <translation>ليس رقم إيصال: {typed}</translation>
        </message>
        <message>
            <source>Not a set of units of {title}: {spans}</source>
            <translation>ليست مجموعة وحدات من {title}: {spans}</translation>
        </message>
        <message>
            <source>Not enough tendered: {amount} still to pay</source>
            <translation>المدفوع غير كافٍ: بقي {amount} للدفع</translation>
        </message>
        <message>
            <source>Not enough tendered: {amount} still to refund</source>
            <translation>المسترد غير كافٍ: بقي {amount} للاسترداد</translation>
        </message>
        <message>
            <source>Nothing more is written into it. Read what is still there with `pos-app status` and copy it with `pos-app backup --to DIR`; then put the last good backup back with `pos-app restore FILE` (the damaged file is kept aside).</source>
            <translation>لن يُكتب فيها شيء بعد الآن. اقرأ ما بقي فيها بالأمر `pos-app status` وانسخه بالأمر `pos-app backup --to DIR`؛ ثم أعد آخر نسخة احتياطية سليمة بالأمر `pos-app restore FILE` (يُحفظ الملف التالف جانبًا).</translation>
        </message>
        <message>
            <source>Nothing was scanned</source>
            <translation>لم يُمسح شيء</translation>
        </message>
        <message>
            <source>Only a completed sale can be post-voided</source>
            <translation>لا يُلغى إلغاءً لاحقًا إلا بيع مكتمل</translation>
        </message>
        <message>
            <source>Only a held sale can be resumed; this one is {status}</source>
            <translation>لا يُستأنف إلا بيع معلّق؛ هذا البيع {status}</translation>
        </message>
        <message>
            <source>Only cash can be more than what is due</source>
            <translation>النقد وحده يمكن أن يتجاوز المبلغ المستحق</translation>
        </message>
        <message>
            <source>Only cash can be more than what is due ({due})</source>
            <translation>النقد وحده يمكن أن يتجاوز المبلغ المستحق ({due})</translation>
        </message>
        <message>
            <source>Only {left} of {quantity} on {what} can still be returned; other returns (completed, held or open at another window) already take the rest ({rule})</source>
            <translation>يمكن إرجاع {left} فقط من {quantity} في {what}؛ مرتجعات أخرى (مكتملة أو معلّقة أو مفتوحة في نافذة أخرى) تشغل الباقي ({rule})</translation>
        </message>
        <message>
            <source>Only {left} of {sold} × {title} can still be returned</source>
            <translation>يمكن إرجاع {left} فقط من {sold} × {title}</translation>
        </message>
        <message>
            <source>Open a shift before selling (F10)</source>
            <translation>افتح وردية قبل البيع (F10)</translation>
        </message>
        <message>
            <source>Outcome          {outcome}</source>
            <translation>النتيجة: {outcome}</translation>
        </message>
        <message>
            <source>Outcome          {outcome}: {message}</source>
            <translation>النتيجة: {outcome}: {message}</translation>
        </message>
        <message>
            <source>Oversold         none</source>
            <translation>مُباع بأكثر من المخزون: لا شيء</translation>
        </message>
        <message>
            <source>Oversold         {skus}</source>
            <translation>مُباع بأكثر من المخزون: {skus}</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المالك</translation>
        </message>
        <message>
            <source>PAUSED           {error}</source>
            <translation>متوقف مؤقتًا: {error}</translation>
        </message>
        <message>
            <source>PIN must be {low} to {high} digits</source>
            <translation>يجب أن يكون رمز PIN من {low} إلى {high} أرقام</translation>
        </message>
        <message>
            <source>Part of this sale was returned; return the rest instead</source>
            <translation>أُرجع جزء من هذا البيع؛ أرجع الباقي بدلًا من ذلك</translation>
        </message>
        <message>
            <source>Password         in the keyring (service {service}, user {user})</source>
            <translation>كلمة المرور: في حلقة المفاتيح (الخدمة {service}، المستخدم {user})</translation>
        </message>
        <message>
            <source>Password         kept in this computer's keyring</source>
            <translation>كلمة المرور: محفوظة في حلقة مفاتيح هذا الحاسوب</translation>
        </message>
        <message>
            <source>Plan {name}, bonus {i}: the threshold must be &gt; 0 and the amount &gt;= 0</source>
            <translation>الخطة {name}، المكافأة {i}: يجب أن يكون الحد &gt; 0 والمبلغ &gt;= 0</translation>
        </message>
        <message>
            <source>Plan {name}, rule {i}</source>
            <translation>الخطة {name}، القاعدة {i}</translation>
        </message>
        <message>
            <source>Plan {name}, spiff {i}: say which items it pays on</source>
            <translation>الخطة {name}، الحافز {i}: حدّد الأصناف التي يُدفع عليها</translation>
        </message>
        <message>
            <source>Plan {name}, spiff {i}: the amount must be &gt;= 0</source>
            <translation>الخطة {name}، الحافز {i}: يجب أن يكون المبلغ &gt;= 0</translation>
        </message>
        <message>
            <source>Plan {name}: it must end after it starts</source>
            <translation>الخطة {name}: يجب أن تنتهي بعد بدايتها</translation>
        </message>
        <message>
            <source>Plan {name}: it pays nothing (no rate, spiff, tier or bonus)</source>
            <translation>الخطة {name}: لا تدفع شيئًا (لا نسبة ولا حافز ولا شريحة ولا مكافأة)</translation>
        </message>
        <message>
            <source>Plan {name}: {error}</source>
            <translation>الخطة {name}: {error}</translation>
        </message>
        <message>
            <source>Prices exclude tax; tax rounded {rounding}; cash rounding {cash}</source>
            <translation>الأسعار لا تشمل الضريبة؛ تقريب الضريبة {rounding}؛ تقريب النقد {cash}</translation>
        </message>
        <message>
            <source>Prices include tax; tax rounded {rounding}; cash rounding {cash}</source>
            <translation>الأسعار تشمل الضريبة؛ تقريب الضريبة {rounding}؛ تقريب النقد {cash}</translation>
        </message>
        <message>
            <source>Printer {printer}: test page sent ({when})</source>
            <translation>الطابعة {printer}: أُرسلت صفحة الاختبار ({when})</translation>
        </message>
        <message>
            <source>Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s)</source>
            <translation>المُستلَم: {plans} خطة، {staff} موظف، {settings} إعداد تغيّر، {tills} إجمالي فترة لصناديق أخرى</translation>
        </message>
        <message>
            <source>Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s), {flags} flag override(s)</source>
            <translation>المُستلَم: {plans} خطة، {staff} موظف، {settings} إعداد تغيّر، {tills} إجمالي فترة لصناديق أخرى، {flags} تجاوز لمفاتيح الميزات</translation>
        </message>
        <message>
            <source>Pushed           {events} events in {mutations} mutations, {rejected} set aside, {retries} retries</source>
            <translation>المُرسَل: {events} حدث في {mutations} عملية تعديل، {rejected} جُنِّب، {retries} إعادة محاولة</translation>
        </message>
        <message>
            <source>Pushed           {pushed} record(s) in {batches} batch(es) ({topics}) in {seconds} s</source>
            <translation>المُرسَل: {pushed} سجل في {batches} دفعة ({topics}) خلال {seconds} ث</translation>
        </message>
        <message>
            <source>Pushed           {pushed} record(s) in {batches} batch(es) in {seconds} s</source>
            <translation>المُرسَل: {pushed} سجل في {batches} دفعة خلال {seconds} ث</translation>
        </message>
        <message>
            <source>Quantity must be a whole number, got {q}</source>
            <translation>يجب أن تكون الكمية عددًا صحيحًا، وليس {q}</translation>
        </message>
        <message>
            <source>Quantity {q} is more than the limit of {limit}</source>
            <translation>الكمية {q} تتجاوز الحد {limit}</translation>
        </message>
        <message>
            <source>Rate: {error}</source>
            <translation>النسبة: {error}</translation>
        </message>
        <message>
            <source>Receipt {receipt} changed since it was looked up: units {units} of line {line} are returned or being returned now; look the receipt up again ({rule})</source>
            <translation>تغيّر الإيصال {receipt} منذ البحث عنه: الوحدات {units} من السطر {line} مُرجَعة أو قيد الإرجاع الآن؛ ابحث عن الإيصال من جديد ({rule})</translation>
        </message>
        <message>
            <source>Receipt {receipt} has no line {line}</source>
            <translation>الإيصال {receipt} ليس فيه السطر {line}</translation>
        </message>
        <message>
            <source>Receipt {receipt} is from another till and the central database can't be reached; use a return without a receipt (manager)</source>
            <translation>الإيصال {receipt} من صندوق آخر ولا يمكن الوصول إلى قاعدة البيانات المركزية؛ استخدم إرجاعًا بدون إيصال (مدير)</translation>
        </message>
        <message>
            <source>Receipt {receipt} is from another till and this terminal is not connected to a central database; use a return without a receipt (manager)</source>
            <translation>الإيصال {receipt} من صندوق آخر وهذا الجهاز غير متصل بقاعدة بيانات مركزية؛ استخدم إرجاعًا بدون إيصال (مدير)</translation>
        </message>
        <message>
            <source>Receipt {receipt} is not a completed sale</source>
            <translation>الإيصال {receipt} ليس بيعًا مكتملًا</translation>
        </message>
        <message>
            <source>Receipt {receipt} reached the central database without its lines; use a return without a receipt (manager)</source>
            <translation>وصل الإيصال {receipt} إلى قاعدة البيانات المركزية بدون أسطره؛ استخدم إرجاعًا بدون إيصال (مدير)</translation>
        </message>
        <message>
            <source>Receipt {receipt} was not found</source>
            <translation>لم يُعثر على الإيصال {receipt}</translation>
        </message>
        <message>
            <source>Receipt {receipt} was not found at any till of this store</source>
            <translation>لم يُعثر على الإيصال {receipt} في أي صندوق في هذا المتجر</translation>
        </message>
        <message>
            <source>Receipts are not available on this terminal</source>
            <translation>الإيصالات غير متاحة على هذا الجهاز</translation>
        </message>
        <message>
            <source>Receipts start at #1.</source>
            <translation>تبدأ الإيصالات من رقم 1.</translation>
        </message>
        <message>
            <source>Refunds for {what} would come to more than it cost ({refunded} of {paid}); remove the return line and add it again ({rule})</source>
            <translation>ستتجاوز المبالغ المستردة عن {what} ثمنه ({refunded} من {paid})؛ أزل سطر الإرجاع وأضفه من جديد ({rule})</translation>
        </message>
        <message>
            <source>Rejected         {rejected} this round; {total} need attention</source>
            <translation>المرفوض: {rejected} في هذه الجولة؛ {total} تحتاج إلى انتباه</translation>
        </message>
        <message>
            <source>Remove the tenders before you hold the sale</source>
            <translation>أزل المدفوعات قبل تعليق البيع</translation>
        </message>
        <message>
            <source>Return 1 to {limit} units</source>
            <translation>أرجع من 1 إلى {limit} وحدة</translation>
        </message>
        <message>
            <source>Return at least one unit</source>
            <translation>أرجع وحدة واحدة على الأقل</translation>
        </message>
        <message>
            <source>Return line {no} ({title}) has {has}; the store's reasons are {choices}: remove the line and return it again with one ({rule})</source>
            <translation>سطر الإرجاع {no} ({title}) عليه {has}؛ أسباب المتجر هي {choices}: أزل السطر وأرجعه من جديد بأحدها ({rule})</translation>
        </message>
        <message>
            <source>Return line {no} does not say which units of {title} it refunds; remove it and add it again ({rule})</source>
            <translation>سطر الإرجاع {no} لا يحدد أي وحدات من {title} يسترد؛ أزله وأضفه من جديد ({rule})</translation>
        </message>
        <message>
            <source>Returning {returning} after {before} of {sold} units is more than was sold</source>
            <translation>إرجاع {returning} بعد {before} من {sold} وحدة أكثر مما بيع</translation>
        </message>
        <message>
            <source>Reverse the card payment on the card terminal and remove it first</source>
            <translation>ألغِ دفعة البطاقة على جهاز البطاقات وأزلها أولًا</translation>
        </message>
        <message>
            <source>SKU {sku} is not a stock-tracked Shopify item at this location: its stock change was set aside. Track it in Shopify admin, or fix the SKU</source>
            <translation>رمز الصنف {sku} ليس صنفًا متتبَّع المخزون في Shopify في هذا الموقع: أُجِّل تغيير مخزونه. فعّل تتبّعه في لوحة إدارة Shopify أو صحّح رمز الصنف</translation>
        </message>
        <message>
            <source>Sale {sale} should have {n} lines stored, but {found} were found</source>
            <translation>يجب أن يكون للبيع {sale} عدد {n} من الأسطر المحفوظة، لكن وُجد {found}</translation>
        </message>
        <message>
            <source>Say which items the spiff pays on (SKU, collection or type)</source>
            <translation>حدّد الأصناف التي يُدفع عليها الحافز (SKU أو مجموعة أو نوع)</translation>
        </message>
        <message>
            <source>Say why cash is {word}: a reason is required</source>
            <translation>اذكر سبب النقد {word}: السبب مطلوب</translation>
        </message>
        <message>
            <source>Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked)</source>
            <translation>سُوِّي: كُتب {count} سجل شريحة/مكافأة للمتجر {store} (فُحصت {periods} فترة)</translation>
        </message>
        <message>
            <source>Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked, current and previous month included)</source>
            <translation>سُوِّي: كُتب {count} سجل شريحة/مكافأة للمتجر {store} (فُحصت {periods} فترة، بما فيها الشهر الحالي والسابق)</translation>
        </message>
        <message>
            <source>Settlement       by the store's settlement role</source>
            <translation>التسوية: يقوم بها دور التسوية للمتجر</translation>
        </message>
        <message>
            <source>Settlement       by the store's settlement role, not this terminal's (pos-app commission-settle --central-url ...)</source>
            <translation>التسوية: يقوم بها دور التسوية للمتجر، لا دور هذا الجهاز (pos-app commission-settle --central-url ...)</translation>
        </message>
        <message>
            <source>Shifts are not available on this terminal</source>
            <translation>الورديات غير متاحة على هذا الجهاز</translation>
        </message>
        <message>
            <source>Shop             {name} ({domain}), sells in {currency}; API {version}</source>
            <translation>المتجر: {name} ({domain})، يبيع بعملة {currency}؛ واجهة API {version}</translation>
        </message>
        <message>
            <source>Shopify API      {requests} requests, {points} cost points, {throttled} throttled ({seconds} s waited)</source>
            <translation>واجهة Shopify: {requests} طلب، {points} نقطة تكلفة، {throttled} مُقيَّد ({seconds} ث انتظار)</translation>
        </message>
        <message>
            <source>Shopify does not know the location {location}: check the store's location in Shopify admin and in the set-up wizard</source>
            <translation>لا يعرف Shopify الموقع {location}: تحقّق من موقع المتجر في لوحة إدارة Shopify وفي معالج الإعداد</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal</source>
            <translation>Shopify غير مُعدّ على هذا الجهاز</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal, so there is no stock to count against</source>
            <translation>Shopify غير مُعدّ على هذا الجهاز، فلا يوجد مخزون للمقارنة بالجرد</translation>
        </message>
        <message>
            <source>Shopify keeps failing; sync paused for {n} s</source>
            <translation>يستمر فشل Shopify؛ المزامنة متوقفة لمدة {n} ث</translation>
        </message>
        <message>
            <source>Shopify no longer has this item: check in Shopify admin that the product exists and tracks its stock</source>
            <translation>لم يعد هذا الصنف موجودًا في Shopify: تحقّق في لوحة إدارة Shopify من أن المنتج موجود وأن مخزونه متتبَّع</translation>
        </message>
        <message>
            <source>Shopify refused the quantity as out of range: check the item's stock in Shopify admin and count it again</source>
            <translation>رفض Shopify الكمية لأنها خارج النطاق: تحقّق من مخزون الصنف في لوحة إدارة Shopify واجرده مرة أخرى</translation>
        </message>
        <message>
            <source>Shopify refused the stock change (code {code}): tell support</source>
            <translation>رفض Shopify تغيير المخزون (الرمز {code}): أبلغ الدعم الفني</translation>
        </message>
        <message>
            <source>Shopify shows {available} available for {sku}: units were sold twice while the till was offline. Count the item and check recent orders</source>
            <translation>يعرض Shopify ‪{available}‬ متاحًا لـ{sku}: بيعت وحدات مرتين أثناء انقطاع الصندوق عن الاتصال. اجرد الصنف وراجع الطلبات الأخيرة</translation>
        </message>
        <message>
            <source>Sign in first</source>
            <translation>سجّل الدخول أولًا</translation>
        </message>
        <message>
            <source>Staff name contains control characters</source>
            <translation>اسم الموظف يحتوي على أحرف تحكم</translation>
        </message>
        <message>
            <source>Staff name is longer than {n} characters</source>
            <translation>اسم الموظف أطول من {n} حرفًا</translation>
        </message>
        <message>
            <source>Staff name is required</source>
            <translation>اسم الموظف مطلوب</translation>
        </message>
        <message>
            <source>Still pending    {count}</source>
            <translation>ما زال معلّقًا: {count}</translation>
        </message>
        <message>
            <source>Stopped          {error}</source>
            <translation>توقّف: {error}</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>رصيد المتجر</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>المشرف</translation>
        </message>
        <message>
            <source>Switching a feature flag for the store needs a manager or the owner</source>
            <translation>تبديل ميزة للمتجر يتطلب مديرًا أو المالك</translation>
        </message>
        <message>
            <source>Tax class {code} ({name}): {rates}</source>
            <translation>فئة الضريبة {code} ({name}): {rates}</translation>
        </message>
        <message>
            <source>Terminal role    {role} for store {store}, terminal {terminal}</source>
            <translation>دور الجهاز: {role} للمتجر {store}، الجهاز {terminal}</translation>
        </message>
        <message>
            <source>That command id belongs to another sale</source>
            <translation>معرّف الأمر هذا يخص بيعًا آخر</translation>
        </message>
        <message>
            <source>That item was already resolved</source>
            <translation>تمت معالجة هذا التنبيه بالفعل</translation>
        </message>
        <message>
            <source>That line is already being returned in this sale</source>
            <translation>هذا السطر قيد الإرجاع بالفعل في هذا البيع</translation>
        </message>
        <message>
            <source>That looks like a full card number. Never type a card number: enter the approval code from the card terminal or the last four digits (e.g. *1234).</source>
            <translation>يبدو هذا رقم بطاقة كاملًا. لا تكتب رقم بطاقة أبدًا: أدخل رمز الموافقة من جهاز البطاقات أو آخر أربعة أرقام (مثل *1234).</translation>
        </message>
        <message>
            <source>That tender is already on the sale</source>
            <translation>هذه الدفعة موجودة في البيع بالفعل</translation>
        </message>
        <message>
            <source>That tender is not on the sale</source>
            <translation>هذه الدفعة ليست في البيع</translation>
        </message>
        <message>
            <source>The amount {word} must be more than zero (got {amount})</source>
            <translation>يجب أن يكون المبلغ {word} أكبر من صفر (المُدخل {amount})</translation>
        </message>
        <message>
            <source>The cash refund is more than what is due</source>
            <translation>الاسترداد النقدي أكبر من المبلغ المستحق</translation>
        </message>
        <message>
            <source>The central database's URL (postgresql+psycopg://ROLE@HOST/DB) and the store id are both required; or skip this step to keep the embedded database</source>
            <translation>عنوان URL لقاعدة البيانات المركزية (postgresql+psycopg://ROLE@HOST/DB) ومعرّف المتجر مطلوبان كلاهما؛ أو تخطَّ هذه الخطوة للإبقاء على قاعدة البيانات المدمجة</translation>
        </message>
        <message>
            <source>The count of {tender} is not plausible</source>
            <translation>عدّ {tender} غير معقول</translation>
        </message>
        <message>
            <source>The data directory cannot be used: {detail}</source>
            <translation>لا يمكن استخدام مجلد البيانات: {detail}</translation>
        </message>
        <message>
            <source>The disk holding the sales database is full ({detail})</source>
            <translation>القرص الذي يحمل قاعدة بيانات المبيعات ممتلئ ({detail})</translation>
        </message>
        <message>
            <source>The disk is full: {detail}</source>
            <translation>القرص ممتلئ: {detail}</translation>
        </message>
        <message>
            <source>The end of the range is before its start</source>
            <translation>نهاية النطاق قبل بدايته</translation>
        </message>
        <message>
            <source>The first tier must start at 0</source>
            <translation>يجب أن تبدأ الشريحة الأولى من 0</translation>
        </message>
        <message>
            <source>The last day of the period is before its first day</source>
            <translation>آخر يوم في الفترة قبل أول يوم فيها</translation>
        </message>
        <message>
            <source>The open shift is in {currency} but the store is now set to {store}; set the store currency back to {currency} to close it (its float was {float})</source>
            <translation>الوردية المفتوحة بعملة {currency} لكن المتجر مضبوط الآن على {store}؛ أعد عملة المتجر إلى {currency} لإغلاقها (كان رصيدها الافتتاحي {float})</translation>
        </message>
        <message>
            <source>The opening float cannot be negative</source>
            <translation>لا يمكن أن يكون الرصيد الافتتاحي سالبًا</translation>
        </message>
        <message>
            <source>The opening float cannot be negative (got {amount})</source>
            <translation>لا يمكن أن يكون الرصيد الافتتاحي سالبًا (المُدخل {amount})</translation>
        </message>
        <message>
            <source>The owner's name is required</source>
            <translation>اسم المالك مطلوب</translation>
        </message>
        <message>
            <source>The period is a month or a week</source>
            <translation>الفترة شهر أو أسبوع</translation>
        </message>
        <message>
            <source>The plan must end after it starts</source>
            <translation>يجب أن تنتهي الخطة بعد بدايتها</translation>
        </message>
        <message>
            <source>The plan needs an id</source>
            <translation>الخطة تحتاج إلى معرّف</translation>
        </message>
        <message>
            <source>The plan pays nothing yet: add a rate, a spiff, tiers or a bonus</source>
            <translation>الخطة لا تدفع شيئًا بعد: أضف نسبة أو حافزًا أو شرائح أو مكافأة</translation>
        </message>
        <message>
            <source>The price of a returned line is the price it was sold at</source>
            <translation>سعر السطر المُرجَع هو السعر الذي بيع به</translation>
        </message>
        <message>
            <source>The reason is too long (at most {n} characters)</source>
            <translation>السبب طويل جدًا ({n} حرفًا على الأكثر)</translation>
        </message>
        <message>
            <source>The refund is more than what is due</source>
            <translation>الاسترداد أكبر من المبلغ المستحق</translation>
        </message>
        <message>
            <source>The refund is more than what is due ({due})</source>
            <translation>الاسترداد أكبر من المبلغ المستحق ({due})</translation>
        </message>
        <message>
            <source>The return of line {line} of receipt {receipt} names units that are not on it ({units} of {quantity}); look the receipt up again ({rule})</source>
            <translation>إرجاع السطر {line} من الإيصال {receipt} يذكر وحدات ليست عليه ({units} من {quantity})؛ ابحث عن الإيصال من جديد ({rule})</translation>
        </message>
        <message>
            <source>The sale is already paid in full</source>
            <translation>البيع مدفوع بالكامل بالفعل</translation>
        </message>
        <message>
            <source>The sale is {status}; it cannot be changed</source>
            <translation>البيع {status}؛ لا يمكن تغييره</translation>
        </message>
        <message>
            <source>The sale is {status}; use a post-void or a return</source>
            <translation>البيع {status}؛ استخدم إلغاءً لاحقًا أو إرجاعًا</translation>
        </message>
        <message>
            <source>The sale now comes to nothing: remove the tenders first</source>
            <translation>أصبح إجمالي البيع صفرًا: أزل المدفوعات أولًا</translation>
        </message>
        <message>
            <source>The sale total changed: remove the tenders and take payment again</source>
            <translation>تغيّر إجمالي البيع: أزل المدفوعات وحصّل الدفع من جديد</translation>
        </message>
        <message>
            <source>The sales database cannot be written: {detail}</source>
            <translation>لا يمكن الكتابة في قاعدة بيانات المبيعات: {detail}</translation>
        </message>
        <message>
            <source>The sales database is damaged ({detail}). {advice}</source>
            <translation>قاعدة بيانات المبيعات تالفة ({detail}). {advice}</translation>
        </message>
        <message>
            <source>The shift is closed; cash can no longer be paid in or out</source>
            <translation>الوردية مغلقة؛ لم يعد ممكنًا إيداع النقد أو سحبه</translation>
        </message>
        <message>
            <source>The shift opened at {at} is already closed</source>
            <translation>الوردية المفتوحة في {at} مغلقة بالفعل</translation>
        </message>
        <message>
            <source>The stock in Shopify changed while the count was sent: count the item again</source>
            <translation>تغيّر المخزون في Shopify أثناء إرسال الجرد: اجرد الصنف مرة أخرى</translation>
        </message>
        <message>
            <source>The store id is required</source>
            <translation>معرّف المتجر مطلوب</translation>
        </message>
        <message>
            <source>The store name is required</source>
            <translation>اسم المتجر مطلوب</translation>
        </message>
        <message>
            <source>The terminal id is required</source>
            <translation>معرّف الصندوق مطلوب</translation>
        </message>
        <message>
            <source>The till's database is busy; try again in a moment</source>
            <translation>قاعدة بيانات الصندوق مشغولة؛ حاول مجددًا بعد لحظة</translation>
        </message>
        <message>
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>رمزا PIN مختلفان: اكتب رمز PIN نفسه مرتين</translation>
        </message>
        <message>
            <source>There is already an active staff member named {name}</source>
            <translation>يوجد بالفعل موظف نشط باسم {name}</translation>
        </message>
        <message>
            <source>There is no Z report number {z} on terminal {terminal}</source>
            <translation>لا يوجد تقرير Z رقم {z} على الجهاز {terminal}</translation>
        </message>
        <message>
            <source>There is nothing to hold</source>
            <translation>لا يوجد ما يُعلَّق</translation>
        </message>
        <message>
            <source>This field</source>
            <translation>هذا الحقل</translation>
        </message>
        <message>
            <source>This item is not stocked at {location} in Shopify: stock it there in Shopify admin, then send the set-aside changes again (Send again in this list, or pos-app reconcile --retry-rejected)</source>
            <translation>هذا الصنف غير مخزَّن في {location} في Shopify: خزّنه هناك من لوحة إدارة Shopify، ثم أعد إرسال التغييرات المؤجلة (إعادة الإرسال في هذه القائمة، أو ‪pos-app reconcile --retry-rejected‬)</translation>
        </message>
        <message>
            <source>This sale is a refund: tender a negative amount</source>
            <translation>هذا البيع استرداد: أدخل مبلغًا سالبًا</translation>
        </message>
        <message>
            <source>This sale was already post-voided</source>
            <translation>أُلغي هذا البيع إلغاءً لاحقًا بالفعل</translation>
        </message>
        <message>
            <source>This store already has staff; a manager adds people with `pos-app staff add`</source>
            <translation>لهذا المتجر موظفون بالفعل؛ يضيف المدير الأشخاص بالأمر `pos-app staff add`</translation>
        </message>
        <message>
            <source>This terminal ({terminal})</source>
            <translation>هذا الجهاز ({terminal})</translation>
        </message>
        <message>
            <source>Threshold: {error}</source>
            <translation>الحد: {error}</translation>
        </message>
        <message>
            <source>Tier thresholds must increase strictly</source>
            <translation>يجب أن تتزايد حدود الشرائح تزايدًا صارمًا</translation>
        </message>
        <message>
            <source>Token            from POS_APP_SHOPIFY_TOKEN (kept there, not stored)</source>
            <translation>الرمز: من POS_APP_SHOPIFY_TOKEN (يبقى هناك ولا يُخزَّن)</translation>
        </message>
        <message>
            <source>Token            stored in the keyring (service {service}, user {user})</source>
            <translation>الرمز: خُزِّن في حلقة المفاتيح (الخدمة {service}، المستخدم {user})</translation>
        </message>
        <message>
            <source>Unknown receipt choice {choice}</source>
            <translation>خيار إيصال غير معروف {choice}</translation>
        </message>
        <message>
            <source>Unknown role {text} (one of {choices})</source>
            <translation>دور غير معروف {text} (أحد {choices})</translation>
        </message>
        <message>
            <source>Unknown tax class {code}</source>
            <translation>فئة ضريبة غير معروفة {code}</translation>
        </message>
        <message>
            <source>Unknown tax class {code} on {sku}</source>
            <translation>فئة ضريبة غير معروفة {code} على {sku}</translation>
        </message>
        <message>
            <source>Wrong PIN or not allowed. {then}</source>
            <translation>رمز PIN خاطئ أو غير مسموح. {then}</translation>
        </message>
        <message>
            <source>alerts</source>
            <translation>التنبيهات</translation>
        </message>
        <message>
            <source>already current</source>
            <translation>محدّث بالفعل</translation>
        </message>
        <message>
            <source>an approval code (4 to 12 letters or digits, e.g. ABC123) or the card's last four digits (e.g. *1234)</source>
            <translation>رمز موافقة (من 4 إلى 12 حرفًا أو رقمًا، مثل ABC123) أو آخر أربعة أرقام من البطاقة (مثل *1234)</translation>
        </message>
        <message>
            <source>auth_failed</source>
            <translation>رُفض الدخول</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>مشغول</translation>
        </message>
        <message>
            <source>card</source>
            <translation>بطاقة</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>نقدًا</translation>
        </message>
        <message>
            <source>cash in</source>
            <translation>إيداع نقدي</translation>
        </message>
        <message>
            <source>cash out</source>
            <translation>سحب نقدي</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>أمين الصندوق</translation>
        </message>
        <message>
            <source>central connect failed</source>
            <translation>تعذّر ربط هذا الصندوق بقاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>central database, store {store}</source>
            <translation>قاعدة البيانات المركزية، المتجر {store}</translation>
        </message>
        <message>
            <source>central init failed</source>
            <translation>تعذّر إعداد قاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>central sync paused: {error}</source>
            <translation>المزامنة المركزية متوقفة مؤقتًا: {error}</translation>
        </message>
        <message>
            <source>central sync stopped: {error}</source>
            <translation>توقّفت المزامنة المركزية: {error}</translation>
        </message>
        <message>
            <source>change commission plans</source>
            <translation>تغيير خطط العمولة</translation>
        </message>
        <message>
            <source>commission records</source>
            <translation>سجلات العمولة</translation>
        </message>
        <message>
            <source>commission settlement refused: {error}</source>
            <translation>رُفضت تسوية العمولات: {error}</translation>
        </message>
        <message>
            <source>commission settlement stopped: {error}</source>
            <translation>توقّفت تسوية العمولات: {error}</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>مكتمل</translation>
        </message>
        <message>
            <source>contains ','; write the decimal separator as '.' and no thousands separators, like 1234.50</source>
            <translation>فيه ','؛ اكتب الفاصلة العشرية '.' وبدون فواصل الآلاف، مثل 1234.50</translation>
        </message>
        <message>
            <source>contains '_'; write the digits without separators, like 1000</source>
            <translation>فيه '_'؛ اكتب الأرقام بدون فواصل، مثل 1000</translation>
        </message>
        <message>
            <source>contains a space; write one number without spaces or thousands separators, like 1234.50</source>
            <translation>فيه مسافة؛ اكتب رقمًا واحدًا بدون مسافات أو فواصل الآلاف، مثل 1234.50</translation>
        </message>
        <message>
            <source>contains {ch}, a digit of another script; write the digits 0-9</source>
            <translation>فيه {ch}، وهو رقم من كتابة أخرى؛ اكتب الأرقام 0-9</translation>
        </message>
        <message>
            <source>contains {ch}; write only digits and one decimal separator, like 12.99</source>
            <translation>فيه {ch}؛ اكتب أرقامًا فقط وفاصلة عشرية واحدة، مثل 12.99</translation>
        </message>
        <message>
            <source>count stock</source>
            <translation>جرد المخزون</translation>
        </message>
        <message>
            <source>created</source>
            <translation>أُنشئ</translation>
        </message>
        <message>
            <source>discount over limit</source>
            <translation>خصم فوق الحد</translation>
        </message>
        <message>
            <source>edit plans</source>
            <translation>تعديل الخطط</translation>
        </message>
        <message>
            <source>edit staff</source>
            <translation>تعديل الموظفين</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>فارغ</translation>
        </message>
        <message>
            <source>error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>expected version {expected}, but the sale is at version {actual}</source>
            <translation>كان المتوقع الإصدار {expected}، لكن البيع في الإصدار {actual}</translation>
        </message>
        <message>
            <source>gift card</source>
            <translation>بطاقة هدية</translation>
        </message>
        <message>
            <source>has more decimal places than {currency} allows ({n})</source>
            <translation>فيه منازل عشرية أكثر مما تسمح به {currency} ({n})</translation>
        </message>
        <message>
            <source>has more than one {separator}; write it without thousands separators, like 1234.50</source>
            <translation>فيه أكثر من {separator}؛ اكتبه بدون فواصل الآلاف، مثل 1234.50</translation>
        </message>
        <message>
            <source>held</source>
            <translation>معلّق</translation>
        </message>
        <message>
            <source>import catalog</source>
            <translation>استيراد الكتالوج</translation>
        </message>
        <message>
            <source>is in scientific notation; write it as a plain number, like 100 or 0.5</source>
            <translation>مكتوب بالصيغة العلمية؛ اكتبه رقمًا عاديًا، مثل 100 أو 0.5</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>مطلوب</translation>
        </message>
        <message>
            <source>is too large</source>
            <translation>كبير جدًا</translation>
        </message>
        <message>
            <source>it was written after the record now numbered {seq}: records were reordered</source>
            <translation>كُتب بعد السجل الذي يحمل الآن الرقم {seq}: أُعيد ترتيب السجلات</translation>
        </message>
        <message>
            <source>it was written right after seq {seq}: seq {first} to {last} were put in between</source>
            <translation>كُتب مباشرة بعد التسلسل {seq}: أُدرجت التسلسلات {first} إلى {last} بينهما</translation>
        </message>
        <message>
            <source>its MAC does not verify and the next record was written right after the one before it: it was inserted</source>
            <translation>رمز MAC الخاص به لا يتحقق والسجل التالي كُتب مباشرة بعد السابق له: لقد أُدرج</translation>
        </message>
        <message>
            <source>its MAC does not verify: the record was altered</source>
            <translation>رمز MAC الخاص به لا يتحقق: تم تعديل السجل</translation>
        </message>
        <message>
            <source>its MAC does not verify: the record was altered, or added by someone without the key</source>
            <translation>رمز MAC الخاص به لا يتحقق: تم تعديل السجل، أو أضافه شخص لا يملك المفتاح</translation>
        </message>
        <message>
            <source>line void</source>
            <translation>إلغاء سطر</translation>
        </message>
        <message>
            <source>line {line} of receipt {receipt}</source>
            <translation>السطر {line} من الإيصال {receipt}</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>المدير</translation>
        </message>
        <message>
            <source>mixes ',' and '.'; write it without thousands separators, like 1234.50</source>
            <translation>يخلط ',' و'.'؛ اكتبه بدون فواصل الآلاف، مثل 1234.50</translation>
        </message>
        <message>
            <source>must be a number like 12.99</source>
            <translation>يجب أن يكون رقمًا مثل 12.99</translation>
        </message>
        <message>
            <source>must be a number like 12.99, not NaN or Infinity</source>
            <translation>يجب أن يكون رقمًا مثل 12.99، وليس NaN أو Infinity</translation>
        </message>
        <message>
            <source>must be more than 0</source>
            <translation>يجب أن يكون أكبر من 0</translation>
        </message>
        <message>
            <source>must be written without a '+' sign, like {example}</source>
            <translation>يُكتب بدون علامة '+'، مثل {example}</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>لا يمكن أن يكون سالبًا</translation>
        </message>
        <message>
            <source>needs a digit on each side of the decimal separator, like 0.50 or 12.00</source>
            <translation>يحتاج إلى رقم على جانبي الفاصلة العشرية، مثل 0.50 أو 12.00</translation>
        </message>
        <message>
            <source>no reason</source>
            <translation>بدون سبب</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>غير متصل</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>تمّ</translation>
        </message>
        <message>
            <source>over 100 % is not allowed</source>
            <translation>لا يُسمح بأكثر من 100 %</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>متوقف مؤقتًا</translation>
        </message>
        <message>
            <source>per line</source>
            <translation>لكل سطر</translation>
        </message>
        <message>
            <source>per total</source>
            <translation>على الإجمالي</translation>
        </message>
        <message>
            <source>record of terminal {terminal} in this chain</source>
            <translation>سجل من الجهاز {terminal} في هذه السلسلة</translation>
        </message>
        <message>
            <source>recorded at first start</source>
            <translation>سُجّلت عند أول تشغيل</translation>
        </message>
        <message>
            <source>records through seq {through} are known to have been written; the journal ends at seq {last}</source>
            <translation>من المعروف أن السجلات كُتبت حتى التسلسل {through}؛ ينتهي السجل عند التسلسل {last}</translation>
        </message>
        <message>
            <source>seq {first} missing (deleted): the record after seq {prev} is seq {next}</source>
            <translation>التسلسل {first} مفقود (محذوف): السجل بعد التسلسل {prev} هو التسلسل {next}</translation>
        </message>
        <message>
            <source>seq {first} to {last} missing (deleted): the record after seq {prev} is seq {next}</source>
            <translation>التسلسل {first} إلى {last} مفقود (محذوف): السجل بعد التسلسل {prev} هو التسلسل {next}</translation>
        </message>
        <message>
            <source>shifts</source>
            <translation>الورديات</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>terminal {terminal}</source>
            <translation>الجهاز {terminal}</translation>
        </message>
        <message>
            <source>the central database at {url} cannot be reached or refused the login: {error}. Check the host, the database and the owner's password ({env})</source>
            <translation>تعذّر الوصول إلى قاعدة البيانات المركزية في {url} أو رفضت تسجيل الدخول: {error}. تحقّق من الخادم وقاعدة البيانات وكلمة مرور المالك ({env})</translation>
        </message>
        <message>
            <source>the next record was written right after seq {seq}: this one was inserted</source>
            <translation>السجل التالي كُتب مباشرة بعد التسلسل {seq}: هذا السجل مُدرَج</translation>
        </message>
        <message>
            <source>the record it was written after is no longer in the journal (deleted, and the rest renumbered)</source>
            <translation>السجل الذي كُتب بعده لم يعد في السجل (حُذف وأُعيد ترقيم الباقي)</translation>
        </message>
        <message>
            <source>this store's Shopify location</source>
            <translation>موقع هذا المتجر في Shopify</translation>
        </message>
        <message>
            <source>this terminal</source>
            <translation>هذا الجهاز</translation>
        </message>
        <message>
            <source>two records are numbered {seq}</source>
            <translation>سجلان يحملان الرقم {seq}</translation>
        </message>
        <message>
            <source>upgraded</source>
            <translation>رُقّي</translation>
        </message>
        <message>
            <source>use at most two decimals for a percentage</source>
            <translation>استخدم منزلتين عشريتين على الأكثر للنسبة المئوية</translation>
        </message>
        <message>
            <source>use at most {n} decimal(s) for {currency}</source>
            <translation>استخدم {n} منزلة عشرية على الأكثر لـ{currency}</translation>
        </message>
        <message>
            <source>{error}. Set {env} to the role's password on this terminal (it was not shown and is not kept anywhere else; run this again with --password-stdin to choose one)</source>
            <translation>{error}. اضبط {env} على كلمة مرور الدور في هذا الجهاز (لم تُعرض ولا تُحفظ في أي مكان آخر؛ شغّل هذا مجددًا مع --password-stdin لاختيار واحدة)</translation>
        </message>
        <message>
            <source>{name} {percent}%</source>
            <translation>{name} {percent}٪</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}٪</translation>
        </message>
        <message>
            <source>{topic} {count}</source>
            <translation>{topic} {count}</translation>
        </message>
        <message>
            <source>{where}: a rate over 100 % ({bp} bp) is not allowed</source>
            <translation>{where}: لا يُسمح بنسبة تتجاوز 100 % ({bp} نقطة أساس)</translation>
        </message>
        <message>
            <source>{where}: the rate must be a whole number &gt;= 0</source>
            <translation>{where}: يجب أن تكون النسبة عددًا صحيحًا &gt;= 0</translation>
        </message>
        <message>
            <source>“{code}” is not a currency code such as USD</source>
            <translation>«{code}» ليس رمز عملة مثل USD</translation>
        </message>
        <message>
            <source>“{text}” is not a percentage</source>
            <translation>«{text}» ليس نسبة مئوية</translation>
        </message>
        <message>
            <source>“{text}” is not a role ({roles})</source>
            <translation>«{text}» ليس دورًا ({roles})</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number of units</source>
            <translation>«{text}» ليس عددًا صحيحًا من الوحدات</translation>
        </message>
        <message>
            <source>“{text}” is not an amount</source>
            <translation>«{text}» ليس مبلغًا</translation>
        </message>
        <message>
            <source>open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>  {staff} bonus           {period} plan {plan}: {amount} (version {version})</source>
            <translation>  {staff} مكافأة {period} الخطة {plan}: {amount} (الإصدار {version})</translation>
        </message>
        <message>
            <source>  {staff} bonus           {period} plan {plan}: {amount} (version {version}) [{reason}]</source>
            <translation>  {staff} مكافأة {period} الخطة {plan}: {amount} (الإصدار {version}) [{reason}]</translation>
        </message>
        <message>
            <source>  {staff} tier adjustment {period} plan {plan}: {amount} (version {version})</source>
            <translation>  {staff} تعديل الشريحة {period} الخطة {plan}: {amount} (الإصدار {version})</translation>
        </message>
        <message>
            <source>  {staff} tier adjustment {period} plan {plan}: {amount} (version {version}) [{reason}]</source>
            <translation>  {staff} تعديل الشريحة {period} الخطة {plan}: {amount} (الإصدار {version}) [{reason}]</translation>
        </message>
        <message>
            <source>Started store {store} ({name}), terminal {terminal}</source>
            <translation>بدأ المتجر {store} ({name})، الجهاز {terminal}</translation>
        </message>
        <message>
            <source>open drawer</source>
            <translation>فتح الدرج</translation>
        </message>
        <message>
            <source>open the back office</source>
            <translation>فتح الإدارة</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>المالك</translation>
        </message>
        <message>
            <source>paid in</source>
            <translation>المودَع</translation>
        </message>
        <message>
            <source>paid out</source>
            <translation>المسحوب</translation>
        </message>
        <message>
            <source>parked</source>
            <translation>مركون</translation>
        </message>
        <message>
            <source>post void</source>
            <translation>إلغاء لاحق</translation>
        </message>
        <message>
            <source>price override</source>
            <translation>تغيير السعر</translation>
        </message>
        <message>
            <source>price override on {sku} ({rule})</source>
            <translation>تغيير السعر على {sku} ({rule})</translation>
        </message>
        <message>
            <source>refund other tender</source>
            <translation>استرداد بطريقة دفع أخرى</translation>
        </message>
        <message>
            <source>refund to {tender} (the sale was paid by {paid}) ({rule})</source>
            <translation>استرداد إلى {tender} (دُفع البيع بـ{paid}) ({rule})</translation>
        </message>
        <message>
            <source>resolve stock attention</source>
            <translation>معالجة تنبيهات المخزون</translation>
        </message>
        <message>
            <source>return no receipt</source>
            <translation>إرجاع بدون إيصال</translation>
        </message>
        <message>
            <source>store credit</source>
            <translation>رصيد المتجر</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>المشرف</translation>
        </message>
        <message>
            <source>the discount on line {no} ({title}) is now {pct} % of the line</source>
            <translation>الخصم على السطر {no} ({title}) أصبح {pct} % من السطر</translation>
        </message>
        <message>
            <source>the discount on the whole sale is now {pct} % of the sale</source>
            <translation>الخصم على البيع كله أصبح {pct} % من البيع</translation>
        </message>
        <message>
            <source>the reason {reason}</source>
            <translation>السبب {reason}</translation>
        </message>
        <message>
            <source>the returned item</source>
            <translation>الصنف المُرجَع</translation>
        </message>
        <message>
            <source>tier from {threshold}</source>
            <translation>الشريحة من {threshold}</translation>
        </message>
        <message>
            <source>void</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>voided</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <source>{amount} {word} is not plausible</source>
            <translation>{amount} {word} غير معقول</translation>
        </message>
        <message>
            <source>{code} is not a receipt barcode</source>
            <translation>{code} ليس باركود إيصال</translation>
        </message>
        <message>
            <source>{counted} is more than {limit}: was a barcode scanned into the count?</source>
            <translation>{counted} أكثر من {limit}: هل مُسح باركود في خانة الجرد؟</translation>
        </message>
        <message>
            <source>{error}: the sale total is now lower than the tenders; remove a tender first</source>
            <translation>{error}: إجمالي البيع الآن أقل من المدفوعات؛ أزل دفعة أولًا</translation>
        </message>
        <message>
            <source>{error}: {why}</source>
            <translation>{error}: {why}</translation>
        </message>
        <message>
            <source>{name} is deactivated: reactivate them first</source>
            <translation>{name} معطّل: أعد تفعيله أولًا</translation>
        </message>
        <message>
            <source>{name} is deactivated: reactivate them with a new PIN</source>
            <translation>{name} معطّل: أعد تفعيله برمز PIN جديد</translation>
        </message>
        <message>
            <source>{n} active staff members are called {name}: name one by id ({ids})</source>
            <translation>{n} موظفين نشطين باسم {name}: حدّد واحدًا بالمعرّف ({ids})</translation>
        </message>
        <message>
            <source>{one} or {other}</source>
            <translation>{one} أو {other}</translation>
        </message>
        <message>
            <source>{reason} is not one of the store's return reasons: {choices} ({rule})</source>
            <translation>{reason} ليس من أسباب الإرجاع في المتجر: {choices} ({rule})</translation>
        </message>
        <message>
            <source>{receipt} of terminal {terminal}</source>
            <translation>{receipt} من الجهاز {terminal}</translation>
        </message>
        <message>
            <source>{role} cannot approve {action}; a {need} or above must approve</source>
            <translation>لا يمكن لـ{role} الموافقة على {action}؛ يجب أن يوافق {need} أو أعلى</translation>
        </message>
        <message>
            <source>{staff} is not an active staff member of this store</source>
            <translation>{staff} ليس موظفًا نشطًا في هذا المتجر</translation>
        </message>
        <message>
            <source>{tender} was counted twice</source>
            <translation>عُدّ {tender} مرتين</translation>
        </message>
        <message>
            <source>{title} ({sku}) is not stock-tracked in Shopify; there is nothing to count</source>
            <translation>{title} ({sku}) لا يُتتبّع مخزونه في Shopify؛ لا يوجد ما يُجرد</translation>
        </message>
        <message>
            <source>{title} is priced in {currency} but this sale is in {sale}; the store's currency and its catalog disagree</source>
            <translation>سعر {title} بعملة {currency} لكن هذا البيع بعملة {sale}؛ عملة المتجر وكتالوجه غير متطابقين</translation>
        </message>
        <message>
            <source>{title} on receipt {receipt} was already returned</source>
            <translation>أُرجع {title} من الإيصال {receipt} بالفعل</translation>
        </message>
        <message>
            <source>{what} looks like it holds a full card number. Never type a card number; remove it and try again.</source>
            <translation>يبدو أن {what} يحتوي على رقم بطاقة كامل. لا تكتب رقم بطاقة أبدًا؛ أزله وحاول مجددًا.</translation>
        </message>
        <message>
            <source>{what} {text} {problem}</source>
            <translation>{what} {text} {problem}</translation>
        </message>
        <message>
            <source>Quantity cannot be zero; remove the line instead</source>
            <translation>لا يمكن أن تكون الكمية صفرًا؛ أزل السطر بدلًا من ذلك</translation>
        </message>
        <message>
            <source>Quantity cannot be negative ({q}); use a return</source>
            <translation>لا يمكن أن تكون الكمية سالبة ({q})؛ استخدم الإرجاع</translation>
        </message>
        <message>
            <source>Change the quantity of a return by removing and re-adding it</source>
            <translation>لتغيير كمية إرجاع، أزله ثم أضفه من جديد</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>السعر</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>الخصم</translation>
        </message>
        <message>
            <source>Something went wrong; the error was logged.</source>
            <translation>حدث خطأ ما؛ تم تسجيل الخطأ.</translation>
        </message>
        <message>
            <source>Row {n}: {problem}</source>
            <translation>الصف {n}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Sales (net)</source>
            <translation>المبيعات (صافي)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <source>Sale commission</source>
            <translation>عمولة المبيعات</translation>
        </message>
        <message>
            <source>Clawbacks</source>
            <translation>الاستردادات</translation>
        </message>
        <message>
            <source>Tier adjustments</source>
            <translation>تعديلات الشرائح</translation>
        </message>
        <message>
            <source>Bonuses</source>
            <translation>المكافآت</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>العمولة</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>بحاجة إلى مراجعة</translation>
        </message>
        <message>
            <source>all stores and terminals</source>
            <translation>كل المتاجر والأجهزة</translation>
        </message>
        <message>
            <source>this terminal's records only ({terminal})</source>
            <translation>سجلات هذا الجهاز فقط ({terminal})</translation>
        </message>
        <message>
            <source>Central database</source>
            <translation>قاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>Local data</source>
            <translation>بيانات محلية</translation>
        </message>
        <message>
            <source>as of {time}</source>
            <translation>حتى {time}</translation>
        </message>
        <message>
            <source>no records yet</source>
            <translation>لا سجلات بعد</translation>
        </message>
        <message>
            <source>last terminal push {time}</source>
            <translation>آخر إرسال من الجهاز {time}</translation>
        </message>
        <message>
            <source>{n} record(s) not yet sent to the central database</source>
            <translation>{n} سجل لم يُرسل بعد إلى قاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>Offline: {why}. {text}</source>
            <translation>غير متصل: {why}. {text}</translation>
        </message>
        <message>
            <source>store {store}</source>
            <translation>المتجر {store}</translation>
        </message>
        <message>
            <source>terminal {terminal}</source>
            <translation>الجهاز {terminal}</translation>
        </message>
        <message>
            <source>all stores and terminals in the source</source>
            <translation>كل المتاجر والأجهزة في المصدر</translation>
        </message>
        <message>
            <source>{n} record(s) in {currency}</source>
            <translation>{n} سجل بعملة {currency}</translation>
        </message>
        <message>
            <source>Not included (another currency): {what}.</source>
            <translation>غير مشمول (عملة أخرى): {what}.</translation>
        </message>
        <message>
            <source>Commission · {period}</source>
            <translation>العمولة · {period}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>من {first} إلى {last}</translation>
        </message>
        <message>
            <source>Amounts in {currency}. Generated {when}.</source>
            <translation>المبالغ بعملة {currency}. أُنشئ في {when}.</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>هذا الأسبوع</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>هذا الشهر</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>الشهر الماضي</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>هذا العام</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>فترة مخصصة</translation>
        </message>
        <message>
            <source>One terminal: the sales and returns rung up on it (tier and bonus progress stays store-wide). Tier adjustments and bonuses are under "{label}" and in "All terminals".</source>
            <translation>جهاز واحد: المبيعات والمرتجعات المسجلة عليه (يبقى تقدم الشرائح والمكافآت على مستوى المتجر). تعديلات الشرائح والمكافآت تحت "{label}" وفي "كل الأجهزة".</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>المتجر</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>الجهاز</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Refresh  F5</source>
            <translation>تحديث  F5</translation>
        </message>
        <message>
            <source>Read again (and try the central database again if it was unreachable)</source>
            <translation>القراءة مجددًا (وإعادة محاولة قاعدة البيانات المركزية إن تعذر الوصول إليها)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>All stores</source>
            <translation>كل المتاجر</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>كل الأجهزة</translation>
        </message>
        <message>
            <source>All staff</source>
            <translation>كل الموظفين</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <source>{rate} % of commands refused or failed in the last hour (limit {limit} %)</source>
            <translation>{rate} % من الأوامر رُفضت أو فشلت في الساعة الأخيرة (الحد {limit} %)</translation>
        </message>
        <message>
            <source>Oldest item waiting for {channel}: {n} min (limit {limit} min)</source>
            <translation>أقدم عنصر ينتظر {channel}: {n} د (الحد {limit} د)</translation>
        </message>
        <message>
            <source>An open sale is {n} bytes (budget {limit})</source>
            <translation>البيع المفتوح حجمه {n} بايت (الحد {limit})</translation>
        </message>
        <message>
            <source>Disk almost full: {n} % free (under {limit} %)</source>
            <translation>القرص ممتلئ تقريبًا: {n} % متاح (أقل من {limit} %)</translation>
        </message>
        <message>
            <source>No backup has been made yet</source>
            <translation>لم تُنشأ أي نسخة احتياطية بعد</translation>
        </message>
        <message>
            <source>Backup overdue: the last one is {n} h old</source>
            <translation>النسخ الاحتياطي متأخر: آخر نسخة عمرها {n} ساعة</translation>
        </message>
        <message>
            <source>Shopify refuses this till: check its access token</source>
            <translation>يرفض Shopify هذا الصندوق: تحقق من رمز الوصول</translation>
        </message>
        <message>
            <source>Central database not reached for {n} h</source>
            <translation>لم يتم الوصول إلى قاعدة البيانات المركزية منذ {n} ساعة</translation>
        </message>
        <message>
            <source>Waiting to sync: {channel}</source>
            <translation>بانتظار المزامنة: {channel}</translation>
        </message>
        <message>
            <source>Refused or failed commands</source>
            <translation>أوامر مرفوضة أو فاشلة</translation>
        </message>
        <message>
            <source>Open sale size</source>
            <translation>حجم بيع مفتوح</translation>
        </message>
        <message>
            <source>Disk space</source>
            <translation>مساحة القرص</translation>
        </message>
        <message>
            <source>Backup overdue</source>
            <translation>النسخ الاحتياطي متأخر</translation>
        </message>
        <message>
            <source>Shopify access</source>
            <translation>الوصول إلى Shopify</translation>
        </message>
        <message>
            <source>Central database unreachable</source>
            <translation>تعذر الوصول إلى قاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>the central database</source>
            <translation>قاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>the journal</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Shopify</source>
            <translation>Shopify</translation>
        </message>
        <message>
            <source>Alert: {text}</source>
            <translation>تنبيه: {text}</translation>
        </message>
        <message>
            <source>{n} alerts: {text}</source>
            <translation>{n} تنبيهات: {text}</translation>
        </message>
        <message>
            <source>online</source>
            <translation>متصل</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>غير متصل</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>متوقف مؤقتًا</translation>
        </message>
        <message>
            <source>not synced yet</source>
            <translation>لم تتم المزامنة بعد</translation>
        </message>
        <message>
            <source>on</source>
            <translation>مفعّلة</translation>
        </message>
        <message>
            <source>off</source>
            <translation>معطّلة</translation>
        </message>
        <message>
            <source>central database, version {n}</source>
            <translation>قاعدة البيانات المركزية، الإصدار {n}</translation>
        </message>
        <message>
            <source>this till's config file [flags]</source>
            <translation>ملف إعدادات هذا الصندوق [flags]</translation>
        </message>
        <message>
            <source>this till's environment ({name})</source>
            <translation>بيئة هذا الصندوق ({name})</translation>
        </message>
        <message>
            <source>default</source>
            <translation>افتراضي</translation>
        </message>
        <message>
            <source>Health of this till</source>
            <translation>حالة هذا الصندوق</translation>
        </message>
        <message>
            <source>Last day (D)</source>
            <translation>آخر يوم (D)</translation>
        </message>
        <message>
            <source>Last week (W)</source>
            <translation>آخر أسبوع (W)</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>تحديث (F5)</translation>
        </message>
        <message>
            <source>Charts over the last day</source>
            <translation>رسوم آخر يوم</translation>
        </message>
        <message>
            <source>Charts over the last week</source>
            <translation>رسوم آخر أسبوع</translation>
        </message>
        <message>
            <source>Read the health figures again</source>
            <translation>إعادة قراءة أرقام الحالة</translation>
        </message>
        <message>
            <source>Firing alerts</source>
            <translation>التنبيهات النشطة</translation>
        </message>
        <message>
            <source>Disk, backup and feature flags</source>
            <translation>القرص والنسخ الاحتياطي وخصائص التشغيل</translation>
        </message>
        <message>
            <source>Feature flag</source>
            <translation>الخاصية</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Feature flags: each flag, on or off, and where its value comes from</source>
            <translation>الخصائص: كل خاصية، مفعّلة أو معطّلة، ومن أين تأتي قيمتها</translation>
        </message>
        <message>
            <source>Command latency, p99 (ms)</source>
            <translation>زمن استجابة الأوامر، p99 (مللي ثانية)</translation>
        </message>
        <message>
            <source>No commands measured yet. Each scan, tender and sale at the counter is timed; the minute's figures are written every minute and drawn here.</source>
            <translation>لم تُقَس أي أوامر بعد. يُوقَّت كل مسح ودفع وبيع على الصندوق؛ وتُكتب الأرقام كل دقيقة وتُرسم هنا.</translation>
        </message>
        <message>
            <source>Command latency chart</source>
            <translation>رسم زمن استجابة الأوامر</translation>
        </message>
        <message>
            <source>Waiting to sync, per channel</source>
            <translation>بانتظار المزامنة، لكل قناة</translation>
        </message>
        <message>
            <source>No queue figures yet. While the till runs, how many items wait for the central database, the journal and Shopify is sampled every minute and drawn here.</source>
            <translation>لا أرقام للطوابير بعد. أثناء عمل الصندوق يُقاس كل دقيقة عدد العناصر المنتظرة لقاعدة البيانات المركزية والسجل وShopify ويُرسم هنا.</translation>
        </message>
        <message>
            <source>Sync queue chart</source>
            <translation>رسم طوابير المزامنة</translation>
        </message>
        <message>
            <source>Refused or failed commands (%)</source>
            <translation>الأوامر المرفوضة أو الفاشلة (%)</translation>
        </message>
        <message>
            <source>No commands measured yet: the share the till refused or could not complete appears here once the counter sells.</source>
            <translation>لم تُقَس أي أوامر بعد: تظهر هنا نسبة ما رفضه الصندوق أو لم يُكمله بمجرد البيع.</translation>
        </message>
        <message>
            <source>Error rate chart</source>
            <translation>رسم معدل الأخطاء</translation>
        </message>
        <message>
            <source>Recent alerts (H)</source>
            <translation>التنبيهات الأخيرة (H)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>تنبيه</translation>
        </message>
        <message>
            <source>Raised or cleared</source>
            <translation>أُطلق أو زال</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Recent alerts: when each alert was raised or cleared, newest first</source>
            <translation>التنبيهات الأخيرة: متى أُطلق كل تنبيه أو زال، الأحدث أولاً</translation>
        </message>
        <message>
            <source>No alert has been raised on this till yet. Each one is listed here when it is raised and when it clears.</source>
            <translation>لم يُطلق أي تنبيه على هذا الصندوق بعد. يظهر كل تنبيه هنا عند إطلاقه وعند زواله.</translation>
        </message>
        <message>
            <source>Recent alerts: none yet</source>
            <translation>التنبيهات الأخيرة: لا شيء بعد</translation>
        </message>
        <message>
            <source>… and {n} more (pos-app status)</source>
            <translation>… و{n} أخرى (pos-app status)</translation>
        </message>
        <message>
            <source>No alert is firing. Alerts appear here and at the counter when a threshold of [monitoring] is crossed.</source>
            <translation>لا تنبيهات نشطة. تظهر التنبيهات هنا وعلى الصندوق عند تجاوز حد من [monitoring].</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>أُطلق</translation>
        </message>
        <message>
            <source>cleared</source>
            <translation>زال</translation>
        </message>
        <message>
            <source>{alert} raised {when}: {detail}</source>
            <translation>{alert} أُطلق في {when}: {detail}</translation>
        </message>
        <message>
            <source>{alert} cleared {when}</source>
            <translation>{alert} زال في {when}</translation>
        </message>
        <message>
            <source>{state} ({source}) from the next start</source>
            <translation>{state} ({source}) من التشغيل التالي</translation>
        </message>
        <message>
            <source>Set by {who}</source>
            <translation>غيّرها {who}</translation>
        </message>
        <message>
            <source>Disk: {n} % free</source>
            <translation>القرص: {n} % متاح</translation>
        </message>
        <message>
            <source>Disk: free space unknown</source>
            <translation>القرص: المساحة الحرة غير معروفة</translation>
        </message>
        <message>
            <source>Last backup: {at}</source>
            <translation>آخر نسخة احتياطية: {at}</translation>
        </message>
        <message>
            <source>Last backup: none yet (pos-app backup, or the daily backup)</source>
            <translation>آخر نسخة احتياطية: لا شيء بعد (pos-app backup أو النسخ اليومي)</translation>
        </message>
        <message>
            <source>Open sales: {n} bytes stored (budget {b} a sale)</source>
            <translation>المبيعات المفتوحة: {n} بايت مخزنة (الحد {b} لكل بيع)</translation>
        </message>
        <message>
            <source>Last hour: {n} commands, p50 {p50} ms, p99 {p99} ms</source>
            <translation>آخر ساعة: {n} أمر، p50 {p50} مللي ثانية، p99 {p99} مللي ثانية</translation>
        </message>
        <message>
            <source>Feature flags in force: {flags}</source>
            <translation>الخصائص المفعّلة: {flags}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>{channel}: {state}, {n} waiting</source>
            <translation>{channel}: {state}، {n} بالانتظار</translation>
        </message>
        <message>
            <source>p99</source>
            <translation>p99</translation>
        </message>
        <message>
            <source>refused or failed</source>
            <translation>مرفوضة أو فاشلة</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>الجهاز</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>التسلسل</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>وافق عليه</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>No journal records match.
Every sale, refund, void, line void, discount, price override, drawer opening, cash movement, shift, failed PIN, approval, catalog import and plan or staff change is written here as it happens.</source>
            <translation>لا توجد سجلات مطابقة.
كل بيع واسترداد وإلغاء وإلغاء سطر وخصم وتعديل سعر وفتح درج وحركة نقد ووردية ورمز PIN خاطئ وموافقة واستيراد كتالوج وتغيير خطة أو موظف يُكتب هنا فور حدوثه.</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>الإيصال</translation>
        </message>
        <message>
            <source>total</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>payments</source>
            <translation>المدفوعات</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>سعر الوحدة</translation>
        </message>
        <message>
            <source>list price</source>
            <translation>سعر القائمة</translation>
        </message>
        <message>
            <source>value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>rounding</source>
            <translation>التقريب</translation>
        </message>
        <message>
            <source>float</source>
            <translation>الرصيد الافتتاحي</translation>
        </message>
        <message>
            <source>variance</source>
            <translation>الفرق</translation>
        </message>
        <message>
            <source>lines voided before</source>
            <translation>أسطر ملغاة قبل</translation>
        </message>
        <message>
            <source>reverses sale</source>
            <translation>يعكس البيع</translation>
        </message>
        <message>
            <source>line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>أمين الصندوق</translation>
        </message>
        <message>
            <source>approved by</source>
            <translation>وافق عليه</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <source>role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Z number</source>
            <translation>رقم Z</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>الأسطر</translation>
        </message>
        <message>
            <source>units</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>تغيّر</translation>
        </message>
        <message>
            <source>for {name}</source>
            <translation>لـ {name}</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>بيع</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>استرداد</translation>
        </message>
        <message>
            <source>Post void</source>
            <translation>إلغاء لاحق</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Line void</source>
            <translation>إلغاء سطر</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>الخصم</translation>
        </message>
        <message>
            <source>Discount over limit</source>
            <translation>خصم فوق الحد</translation>
        </message>
        <message>
            <source>Discount cleared</source>
            <translation>إزالة خصم</translation>
        </message>
        <message>
            <source>Price override</source>
            <translation>تعديل سعر</translation>
        </message>
        <message>
            <source>Return no receipt</source>
            <translation>إرجاع بدون إيصال</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>موافقة</translation>
        </message>
        <message>
            <source>Open drawer</source>
            <translation>فتح الدرج</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>إيداع نقدي</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>سحب نقدي</translation>
        </message>
        <message>
            <source>Shift open</source>
            <translation>الوردية مفتوحة</translation>
        </message>
        <message>
            <source>Shift close</source>
            <translation>إغلاق وردية</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>فشل تسجيل الدخول</translation>
        </message>
        <message>
            <source>Count stock</source>
            <translation>جرد المخزون</translation>
        </message>
        <message>
            <source>Resolve stock attention</source>
            <translation>معالجة مخزون</translation>
        </message>
        <message>
            <source>Refused stock changes sent again</source>
            <translation>أُعيد إرسال تغييرات مخزون مرفوضة</translation>
        </message>
        <message>
            <source>Catalog import</source>
            <translation>استيراد كتالوج</translation>
        </message>
        <message>
            <source>Plan change</source>
            <translation>تغيير خطة</translation>
        </message>
        <message>
            <source>Staff change</source>
            <translation>تغيير موظف</translation>
        </message>
        <message>
            <source>Settings change</source>
            <translation>تغيير الإعدادات</translation>
        </message>
        <message>
            <source>Backup key shown</source>
            <translation>عُرض مفتاح النسخ الاحتياطي</translation>
        </message>
        <message>
            <source>Owner's authority used</source>
            <translation>استُخدمت صلاحية المالك</translation>
        </message>
        <message>
            <source>Tax class set</source>
            <translation>ضُبطت فئة الضريبة</translation>
        </message>
        <message>
            <source>Journal of {where}: no records yet</source>
            <translation>سجل {where}: لا سجلات بعد</translation>
        </message>
        <message>
            <source>{terminal}: BROKEN at seq {seq} — {message}; verified up to seq {through}</source>
            <translation>{terminal}: مكسورة عند التسلسل {seq} — {message}؛ تم التحقق حتى التسلسل {through}</translation>
        </message>
        <message>
            <source>{terminal}: verified up to seq {through}; seq {first} to {last} intact but not provable here (their key is not on this machine)</source>
            <translation>{terminal}: تم التحقق حتى التسلسل {through}؛ التسلسل {first} إلى {last} سليم لكن لا يمكن إثباته هنا (مفتاحه ليس على هذا الجهاز)</translation>
        </message>
        <message>
            <source>{terminal}: chain verified, seq 1 to {last}</source>
            <translation>{terminal}: تم التحقق من السلسلة، التسلسل 1 إلى {last}</translation>
        </message>
        <message>
            <source>Journal of {where} — {chains}</source>
            <translation>سجل {where} — {chains}</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Verify chain  Ctrl+Shift+V</source>
            <translation>التحقق من السلسلة  Ctrl+Shift+V</translation>
        </message>
        <message>
            <source>Recompute every record's MAC from the first one (as `pos-app verify-audit` does)</source>
            <translation>إعادة حساب MAC لكل سجل بدءًا من الأول (كما يفعل `pos-app verify-audit`)</translation>
        </message>
        <message>
            <source>Verifying the chain…</source>
            <translation>جارٍ التحقق من السلسلة…</translation>
        </message>
        <message>
            <source>Search sale, SKU, reason…</source>
            <translation>ابحث عن بيع أو SKU أو سبب…</translation>
        </message>
        <message>
            <source>Words in the action, staff, sale id or detail; Enter to search</source>
            <translation>كلمات في الإجراء أو الموظف أو رقم البيع أو التفاصيل؛ Enter للبحث</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>كل الإجراءات</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>أي شخص</translation>
        </message>
        <message>
            <source>All terminals</source>
            <translation>كل الأجهزة</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>The chain has not been verified yet</source>
            <translation>لم يتم التحقق من السلسلة بعد</translation>
        </message>
        <message>
            <source>{status}  (checked {time})</source>
            <translation>{status}  (تم التحقق {time})</translation>
        </message>
        <message>
            <source>The first broken record of this terminal's chain</source>
            <translation>أول سجل تالف في سلسلة هذا الجهاز</translation>
        </message>
        <message>
            <source>{n} record(s) (the newest shown; narrow the filter to see older ones) · newest first · records cannot be changed or deleted</source>
            <translation>{n} سجل (تُعرض الأحدث؛ ضيّق التصفية لرؤية الأقدم) · الأحدث أولًا · لا يمكن تغيير السجلات أو حذفها</translation>
        </message>
        <message>
            <source>{n} record(s) · newest first · records cannot be changed or deleted</source>
            <translation>{n} سجل · الأحدث أولًا · لا يمكن تغيير السجلات أو حذفها</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <source>Sign in first: that was a scan, not a PIN. Choose your name and type your PIN, then scan.</source>
            <translation>سجّل الدخول أولًا: كان ذلك مسحًا وليس رمز PIN. اختر اسمك واكتب رمزك ثم امسح.</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <source>Choose your name, then type your PIN</source>
            <translation>اختر اسمك ثم اكتب رمز PIN</translation>
        </message>
        <message>
            <source>DEMO STORE: nothing here is a real sale. Demo PINs:</source>
            <translation>متجر تجريبي: لا شيء هنا بيع حقيقي. رموز التجربة:</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>رسالة تسجيل الدخول</translation>
        </message>
        <message>
            <source>Manager unlock…</source>
            <translation>فتح القفل بواسطة المدير…</translation>
        </message>
        <message>
            <source>Manager unlock</source>
            <translation>فتح القفل بواسطة المدير</translation>
        </message>
        <message>
            <source>A manager enters their PIN to let the chosen person try again</source>
            <translation>يُدخل المدير رمزه ليسمح للشخص المختار بالمحاولة مجددًا</translation>
        </message>
        <message>
            <source>Signing in: {name}</source>
            <translation>تسجيل دخول: {name}</translation>
        </message>
        <message>
            <source>You can try your PIN again now</source>
            <translation>يمكنك تجربة رمزك مجددًا الآن</translation>
        </message>
        <message>
            <source>{n} s</source>
            <translation>{n} ث</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} د</translation>
        </message>
        <message>
            <source>Too many wrong PINs; try again in {wait}</source>
            <translation>رموز خاطئة كثيرة؛ حاول مجددًا بعد {wait}</translation>
        </message>
        <message>
            <source>Choose your name first: click it, or type its first letters or use the arrow keys</source>
            <translation>اختر اسمك أولًا: انقر عليه، أو اكتب أحرفه الأولى، أو استخدم مفاتيح الأسهم</translation>
        </message>
        <message>
            <source>Type your PIN</source>
            <translation>اكتب رمز PIN</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <source>this person</source>
            <translation>هذا الشخص</translation>
        </message>
        <message>
            <source>unlock {name}</source>
            <translation>فتح قفل {name}</translation>
        </message>
        <message>
            <source>Not unlocked: {reason}</source>
            <translation>لم يُفتح القفل: {reason}</translation>
        </message>
        <message>
            <source>the error was logged.</source>
            <translation>تم تسجيل الخطأ.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Staff member</source>
            <translation>الموظف</translation>
        </message>
        <message>
            <source>Choose who is signing in or approving: touch, or Up and Down arrows, or the first letters of the name</source>
            <translation>اختر من يسجّل الدخول أو يوافق: باللمس أو بالأسهم أو بالأحرف الأولى من الاسم</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Your PIN, 4 to {n} digits; Enter to confirm, Del clears</source>
            <translation>رمزك، من 4 إلى {n} أرقام؛ Enter للتأكيد، Del للمسح</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Clear
Del</source>
            <translation>مسح
Del</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Clear PIN</source>
            <translation>مسح الرمز</translation>
        </message>
        <message>
            <source>Enter PIN</source>
            <translation>أدخل الرمز</translation>
        </message>
        <message>
            <source>Digit {digit}</source>
            <translation>الرقم {digit}</translation>
        </message>
        <message>
            <source>Clears the PIN (Del)</source>
            <translation>يمسح الرمز (Del)</translation>
        </message>
        <message>
            <source>Key: Del</source>
            <translation>المفتاح: Del</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>% of sales</source>
            <translation>% من المبيعات</translation>
        </message>
        <message>
            <source>Fixed per unit</source>
            <translation>مبلغ ثابت لكل وحدة</translation>
        </message>
        <message>
            <source>Sales value</source>
            <translation>قيمة المبيعات</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <source>Marginal (each band at its rate)</source>
            <translation>هامشي (كل شريحة بنسبتها)</translation>
        </message>
        <message>
            <source>Whole period (all at the tier reached)</source>
            <translation>الفترة كاملة (الكل بنسبة الشريحة المحققة)</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <source>Product
type</source>
            <translation>نوع
المنتج</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Rows ({action} adds one)</source>
            <translation>الصفوف ({action} يضيف صفًا)</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>الخطط</translation>
        </message>
        <message>
            <source>Commission plans</source>
            <translation>خطط العمولة</translation>
        </message>
        <message>
            <source>No plans yet. A new one is open on the right: name it, give it a rate, save.</source>
            <translation>لا توجد خطط بعد. هناك خطة جديدة مفتوحة: سمّها، حدد نسبة، ثم احفظ.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <source>What this plan would have paid, next to what was paid (nothing is saved)</source>
            <translation>ما كانت هذه الخطة ستدفعه بجانب ما دُفع (لا يُحفظ شيء)</translation>
        </message>
        <message>
            <source>{action}  Ins</source>
            <translation>{action}  Ins</translation>
        </message>
        <message>
            <source>Remove selected  Del</source>
            <translation>إزالة المحدد  Del</translation>
        </message>
        <message>
            <source>New plan  Ctrl+N</source>
            <translation>خطة جديدة  Ctrl+N</translation>
        </message>
        <message>
            <source>Reload plan  Ctrl+R</source>
            <translation>إعادة تحميل الخطة  Ctrl+R</translation>
        </message>
        <message>
            <source>Preview  Ctrl+P</source>
            <translation>معاينة  Ctrl+P</translation>
        </message>
        <message>
            <source>Save plan  Ctrl+S</source>
            <translation>حفظ الخطة  Ctrl+S</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>الخطة</translation>
        </message>
        <message>
            <source>e.g. Floor staff 2027</source>
            <translation>مثال: موظفو الصالة 2027</translation>
        </message>
        <message>
            <source>made from the name</source>
            <translation>يُشتق من الاسم</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>شهر</translation>
        </message>
        <message>
            <source>Week (Monday first)</source>
            <translation>أسبوع (يبدأ الاثنين)</translation>
        </message>
        <message>
            <source>All stores</source>
            <translation>كل المتاجر</translation>
        </message>
        <message>
            <source>Ends on</source>
            <translation>ينتهي في</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>يبدأ في</translation>
        </message>
        <message>
            <source>Everyone (or names, separated by commas)</source>
            <translation>الجميع (أو أسماء مفصولة بفواصل)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>المتجر</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>يبدأ</translation>
        </message>
        <message>
            <source>(none ticked: every role)</source>
            <translation>(بلا تحديد: كل الأدوار)</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>الأدوار</translation>
        </message>
        <message>
            <source>Rates</source>
            <translation>النسب</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <source>Add rate</source>
            <translation>إضافة نسبة</translation>
        </message>
        <message>
            <source>The most specific matching row pays (SKU, then collection, then product type; then staff member, then role). Empty cells match anything.</source>
            <translation>يدفع الصف المطابق الأكثر تحديدًا (SKU ثم المجموعة ثم نوع المنتج؛ ثم الموظف ثم الدور). الخلايا الفارغة تطابق أي شيء.</translation>
        </message>
        <message>
            <source>Spiffs (a fixed amount per unit, on top of the rate)</source>
            <translation>حوافز (مبلغ ثابت لكل وحدة، فوق النسبة)</translation>
        </message>
        <message>
            <source>Amount
per unit</source>
            <translation>المبلغ
لكل وحدة</translation>
        </message>
        <message>
            <source>Add spiff</source>
            <translation>إضافة حافز</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>الشرائح</translation>
        </message>
        <message>
            <source>Pay a tiered rate on the period's sales</source>
            <translation>دفع نسبة متدرجة على مبيعات الفترة</translation>
        </message>
        <message>
            <source>by</source>
            <translation>حسب</translation>
        </message>
        <message>
            <source>From (sales value or units)</source>
            <translation>من (قيمة المبيعات أو الوحدات)</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>النسبة %</translation>
        </message>
        <message>
            <source>Add tier</source>
            <translation>إضافة شريحة</translation>
        </message>
        <message>
            <source>The first tier starts at 0; each next one starts higher.</source>
            <translation>الشريحة الأولى تبدأ من 0؛ وكل شريحة تالية تبدأ أعلى.</translation>
        </message>
        <message>
            <source>Bonuses (paid once the period reaches a threshold)</source>
            <translation>المكافآت (تُدفع عند بلوغ الفترة حدًا معينًا)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>المقياس</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>الحد</translation>
        </message>
        <message>
            <source>Bonus amount</source>
            <translation>مبلغ المكافأة</translation>
        </message>
        <message>
            <source>Add bonus</source>
            <translation>إضافة مكافأة</translation>
        </message>
        <message>
            <source>Press Preview to see what this plan would have paid last period, next to what was paid. Nothing is saved.</source>
            <translation>اضغط معاينة لترى ما كانت هذه الخطة ستدفعه في الفترة الماضية بجانب ما دُفع. لا يُحفظ شيء.</translation>
        </message>
        <message>
            <source>Sales (net)</source>
            <translation>المبيعات (صافي)</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>المدفوع</translation>
        </message>
        <message>
            <source>Would pay</source>
            <translation>ستدفع</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>الفرق</translation>
        </message>
        <message>
            <source>Only a manager or owner can change commission plans.</source>
            <translation>لا يغيّر خطط العمولة إلا المدير أو المالك.</translation>
        </message>
        <message>
            <source>store {store}</source>
            <translation>المتجر {store}</translation>
        </message>
        <message>
            <source>all stores</source>
            <translation>كل المتاجر</translation>
        </message>
        <message>
            <source> to {date}</source>
            <translation> حتى {date}</translation>
        </message>
        <message>
            <source>{name}
version {version} · {scope}
from {date}{until}</source>
            <translation>{name}
الإصدار {version} · {scope}
من {date}{until}</translation>
        </message>
        <message>
            <source>Editing “{name}”, version {version}.</source>
            <translation>تحرير «{name}»، الإصدار {version}.</translation>
        </message>
        <message>
            <source>A new plan: give it a name and at least one rate, spiff, tier or bonus.</source>
            <translation>خطة جديدة: أعطها اسمًا ونسبة أو حافزًا أو شريحة أو مكافأة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>Not saved: fix the fields marked in red.</source>
            <translation>لم يُحفظ: صحّح الحقول المعلّمة بالأحمر.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>Not saved: a plan with the id “{id}” already exists. Choose another id.</source>
            <translation>لم يُحفظ: توجد خطة بالمعرّف «{id}». اختر معرّفًا آخر.</translation>
        </message>
        <message>
            <source>Not saved: someone else saved “{name}” while you were editing (you started from version {expected}; it is now version {actual}). Reload it to see their changes, then make yours again.</source>
            <translation>لم يُحفظ: حفظ شخص آخر «{name}» أثناء تحريرك (بدأت من الإصدار {expected}؛ وهو الآن الإصدار {actual}). أعد تحميلها لترى تغييراته ثم أعد تغييراتك.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>لم يُحفظ: {reason}</translation>
        </message>
        <message>
            <source>Saved “{name}” as version {version}. Terminals pick it up at their next sync.</source>
            <translation>تم حفظ «{name}» كإصدار {version}. تستلمها الأجهزة في المزامنة التالية.</translation>
        </message>
        <message>
            <source>Last period ({period})</source>
            <translation>الفترة السابقة ({period})</translation>
        </message>
        <message>
            <source>This period so far ({period})</source>
            <translation>هذه الفترة حتى الآن ({period})</translation>
        </message>
        <message>
            <source>Cannot preview: fix the fields marked in red.</source>
            <translation>تتعذر المعاينة: صحّح الحقول المعلّمة بالأحمر.</translation>
        </message>
        <message>
            <source>Working out what “{name}” would have paid in {period}…</source>
            <translation>جارٍ حساب ما كانت «{name}» ستدفعه في {period}…</translation>
        </message>
        <message>
            <source>central database</source>
            <translation>قاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>this terminal only</source>
            <translation>هذا الجهاز فقط</translation>
        </message>
        <message>
            <source>What “{name}” would have paid in {period} ({source}), next to what was paid. Nothing was saved.</source>
            <translation>ما كانت «{name}» ستدفعه في {period} ({source}) بجانب ما دُفع. لم يُحفظ شيء.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <source>Nobody this plan covers sold anything in {period}.</source>
            <translation>لم يبع أحد ممن تشملهم هذه الخطة شيئًا في {period}.</translation>
        </message>
        <message>
            <source>Previewed against {period}.</source>
            <translation>تمت المعاينة على {period}.</translation>
        </message>
        <message>
            <source>{n} record(s) of staff this plan does not cover are left out</source>
            <translation>تُستبعد {n} من سجلات موظفين لا تشملهم هذه الخطة</translation>
        </message>
        <message>
            <source>{n} return(s) of sales made before the period are clawed back at this plan's rate without tier parts</source>
            <translation>تُسترد عمولة {n} من مرتجعات مبيعات سابقة للفترة بنسبة هذه الخطة دون حصة الشرائح</translation>
        </message>
        <message>
            <source>{n} return(s) whose sale is unknown here are left out</source>
            <translation>تُستبعد {n} من المرتجعات التي لا يُعرف بيعها هنا</translation>
        </message>
        <message>
            <source>The plan is in {plan} but the records are in {records}</source>
            <translation>الخطة بعملة {plan} لكن السجلات بعملة {records}</translation>
        </message>
        <message>
            <source>No sales in {period} to preview against</source>
            <translation>لا مبيعات في {period} للمعاينة</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <source>POST-VOID of receipt {no}</source>
            <translation>إلغاء لاحق للإيصال {no}</translation>
        </message>
        <message>
            <source>POST-VOID</source>
            <translation>إلغاء لاحق</translation>
        </message>
        <message>
            <source>RETURN</source>
            <translation>إرجاع</translation>
        </message>
        <message>
            <source>EXCHANGE</source>
            <translation>استبدال</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>نقدًا</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>بطاقة</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>رصيد المتجر</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>بطاقة هدية</translation>
        </message>
        <message>
            <source>{tender} refund</source>
            <translation>استرداد {tender}</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>شكرًا لكم!</translation>
        </message>
        <message>
            <source>REPRINT</source>
            <translation>نسخة مكررة</translation>
        </message>
        <message>
            <source>Receipt {no}</source>
            <translation>إيصال {no}</translation>
        </message>
        <message>
            <source>Terminal {terminal}</source>
            <translation>الجهاز {terminal}</translation>
        </message>
        <message>
            <source>Cashier: {name}</source>
            <translation>الكاشير: {name}</translation>
        </message>
        <message>
            <source>RETURN of receipt {no}</source>
            <translation>إرجاع من الإيصال {no}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>السبب: {reason}</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>الخصم</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>المجموع الفرعي</translation>
        </message>
        <message>
            <source>REFUND</source>
            <translation>استرداد</translation>
        </message>
        <message>
            <source>TOTAL</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <source>incl. {tax}</source>
            <translation>شامل {tax}</translation>
        </message>
        <message>
            <source>Cash rounding</source>
            <translation>تقريب النقد</translation>
        </message>
        <message>
            <source>CHANGE</source>
            <translation>الباقي</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPdf</name>
        <message>
            <source>Cannot write the PDF receipt to {path}: {reason}</source>
            <translation>تتعذر كتابة إيصال PDF في {path}: {reason}</translation>
        </message>
        <message>
            <source>Cannot write the PDF receipt to {path}</source>
            <translation>تتعذر كتابة إيصال PDF في {path}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Cash</source>
            <translation>نقدًا</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>بطاقة</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>رصيد المتجر</translation>
        </message>
        <message>
            <source>Gift card</source>
            <translation>بطاقة هدية</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>زيادة</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>عجز</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>متوازن</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>الجهاز</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>الوردية</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>فُتحت</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>فتحها</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>أُغلقت</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>أغلقها</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>طُبع</translation>
        </message>
        <message>
            <source>Shift ref.</source>
            <translation>مرجع الوردية</translation>
        </message>
        <message>
            <source>SALES</source>
            <translation>المبيعات</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>العمليات</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>المبيعات</translation>
        </message>
        <message>
            <source>With returns</source>
            <translation>مع مرتجعات</translation>
        </message>
        <message>
            <source>Voided before payment</source>
            <translation>أُلغيت قبل الدفع</translation>
        </message>
        <message>
            <source>Lines voided</source>
            <translation>أسطر ملغاة</translation>
        </message>
        <message>
            <source>Lines voided, value</source>
            <translation>قيمة الأسطر الملغاة</translation>
        </message>
        <message>
            <source>Items sold</source>
            <translation>الأصناف المباعة</translation>
        </message>
        <message>
            <source>Items returned</source>
            <translation>الأصناف المرتجعة</translation>
        </message>
        <message>
            <source>Gross sales</source>
            <translation>إجمالي المبيعات</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>الخصومات</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>الاستردادات</translation>
        </message>
        <message>
            <source>Net sales</source>
            <translation>صافي المبيعات</translation>
        </message>
        <message>
            <source>Tax added</source>
            <translation>الضريبة المضافة</translation>
        </message>
        <message>
            <source>Sales total</source>
            <translation>مجموع المبيعات</translation>
        </message>
        <message>
            <source>REFUNDS BY REASON</source>
            <translation>الاستردادات حسب السبب</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>بلا سبب</translation>
        </message>
        <message>
            <source>{reason} ({n})</source>
            <translation>{reason} ({n})</translation>
        </message>
        <message>
            <source>TAX BY RATE</source>
            <translation>الضريبة حسب النسبة</translation>
        </message>
        <message>
            <source>No tax</source>
            <translation>لا ضريبة</translation>
        </message>
        <message>
            <source>Total tax</source>
            <translation>إجمالي الضريبة</translation>
        </message>
        <message>
            <source>Tax is included in the prices above</source>
            <translation>الضريبة مشمولة في الأسعار أعلاه</translation>
        </message>
        <message>
            <source>TAKINGS BY TENDER</source>
            <translation>المقبوضات حسب طريقة الدفع</translation>
        </message>
        <message>
            <source>Refunded ({n})</source>
            <translation>مسترد ({n})</translation>
        </message>
        <message>
            <source>Net {tender}</source>
            <translation>صافي {tender}</translation>
        </message>
        <message>
            <source>Total takings</source>
            <translation>إجمالي المقبوضات</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>التقريب</translation>
        </message>
        <message>
            <source>CASH DRAWER</source>
            <translation>درج النقد</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>الرصيد الافتتاحي</translation>
        </message>
        <message>
            <source>Cash payments (net)</source>
            <translation>المدفوعات النقدية (صافي)</translation>
        </message>
        <message>
            <source>Paid in</source>
            <translation>إيداعات</translation>
        </message>
        <message>
            <source>Paid out</source>
            <translation>سحوبات</translation>
        </message>
        <message>
            <source>Expected in drawer</source>
            <translation>المتوقع في الدرج</translation>
        </message>
        <message>
            <source>PAID IN / PAID OUT</source>
            <translation>الإيداعات / السحوبات</translation>
        </message>
        <message>
            <source>In</source>
            <translation>إيداع</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>سحب</translation>
        </message>
        <message>
            <source>X REPORT</source>
            <translation>تقرير X</translation>
        </message>
        <message>
            <source>Shift still open - not a closing report</source>
            <translation>الوردية ما زالت مفتوحة - ليس تقرير إغلاق</translation>
        </message>
        <message>
            <source>EXPECTED BY TENDER</source>
            <translation>المتوقع حسب طريقة الدفع</translation>
        </message>
        <message>
            <source>Cash in drawer</source>
            <translation>النقد في الدرج</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>المتوقع</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>المعدود</translation>
        </message>
        <message>
            <source>Z REPORT No. {n}</source>
            <translation>تقرير Z رقم {n}</translation>
        </message>
        <message>
            <source>CLOSING COUNT (BLIND)</source>
            <translation>عدّ الإغلاق (أعمى)</translation>
        </message>
        <message>
            <source>Total expected</source>
            <translation>إجمالي المتوقع</translation>
        </message>
        <message>
            <source>Total counted</source>
            <translation>إجمالي المعدود</translation>
        </message>
        <message>
            <source>Total {variance}</source>
            <translation>إجمالي {variance}</translation>
        </message>
        <message>
            <source>Cash counted less float</source>
            <translation>النقد المعدود ناقص الرصيد الافتتاحي</translation>
        </message>
        <message>
            <source>END OF Z REPORT No. {n}</source>
            <translation>نهاية تقرير Z رقم {n}</translation>
        </message>
        <message>
            <source>No Z reports yet</source>
            <translation>لا توجد تقارير Z بعد</translation>
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
            <translation>إرجاع أو استرداد</translation>
        </message>
        <message>
            <source>Return status</source>
            <translation>حالة الإرجاع</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>الإيصال</translation>
        </message>
        <message>
            <source>Receipt number, or scan the receipt's barcode</source>
            <translation>رقم الإيصال، أو امسح باركود الإيصال</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>رقم الإيصال</translation>
        </message>
        <message>
            <source>Find  Enter</source>
            <translation>بحث  Enter</translation>
        </message>
        <message>
            <source>Find the receipt</source>
            <translation>البحث عن الإيصال</translation>
        </message>
        <message>
            <source>Day of the sale</source>
            <translation>يوم البيع</translation>
        </message>
        <message>
            <source>From time</source>
            <translation>من الساعة</translation>
        </message>
        <message>
            <source>To time</source>
            <translation>إلى الساعة</translation>
        </message>
        <message>
            <source>Find by time</source>
            <translation>البحث بالوقت</translation>
        </message>
        <message>
            <source>Find sales by day and time</source>
            <translation>البحث عن المبيعات باليوم والوقت</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <source>Sale total to find</source>
            <translation>إجمالي البيع المطلوب</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>تالف</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>مقاس خاطئ</translation>
        </message>
        <message>
            <source>Changed mind</source>
            <translation>غيّر رأيه</translation>
        </message>
        <message>
            <source>Faulty</source>
            <translation>معيب</translation>
        </message>
        <message>
            <source>&amp;Receipt</source>
            <translation>الإيصال (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>اليوم (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;from</source>
            <translation>من (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>إلى (&amp;T)</translation>
        </message>
        <message>
            <source>T&amp;otal</source>
            <translation>الإجمالي (&amp;O)</translation>
        </message>
        <message>
            <source>Find by total</source>
            <translation>البحث بالإجمالي</translation>
        </message>
        <message>
            <source>Find sales by their total</source>
            <translation>البحث عن المبيعات بإجماليها</translation>
        </message>
        <message>
            <source>Sales found</source>
            <translation>المبيعات الموجودة</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>التاريخ والوقت</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>كاشير</translation>
        </message>
        <message>
            <source>Lines of the receipt</source>
            <translation>أسطر الإيصال</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>الصنف</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>المباع</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>مُرجَع</translation>
        </message>
        <message>
            <source>Paid each</source>
            <translation>المدفوع للوحدة</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>إرجاع</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Restock</source>
            <translation>إعادة للمخزون</translation>
        </message>
        <message>
            <source>Return without a receipt (a manager approves)</source>
            <translation>إرجاع بدون إيصال (بموافقة المدير)</translation>
        </message>
        <message>
            <source>Scan or type the barcode or SKU</source>
            <translation>امسح أو اكتب الباركود أو SKU</translation>
        </message>
        <message>
            <source>Item to return</source>
            <translation>الصنف المُرجَع</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <source>One fewer</source>
            <translation>واحد أقل</translation>
        </message>
        <message>
            <source>Quantity to return</source>
            <translation>الكمية المُرجَعة</translation>
        </message>
        <message>
            <source>One more</source>
            <translation>واحد أكثر</translation>
        </message>
        <message>
            <source>Return without a receipt</source>
            <translation>إرجاع بدون إيصال</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>السبب:</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>السبب: {reason}</translation>
        </message>
        <message>
            <source>F10  No receipt</source>
            <translation>F10  بدون إيصال</translation>
        </message>
        <message>
            <source>Esc  Cancel</source>
            <translation>Esc  إلغاء</translation>
        </message>
        <message>
            <source>Cancel the return</source>
            <translation>إلغاء الإرجاع</translation>
        </message>
        <message>
            <source>Add the refund to the sale</source>
            <translation>إضافة الاسترداد إلى البيع</translation>
        </message>
        <message>
            <source>Could not look up the receipt; the error was logged.</source>
            <translation>تعذر البحث عن الإيصال؛ تم تسجيل الخطأ.</translation>
        </message>
        <message>
            <source>Not a receipt number: {text}</source>
            <translation>ليس رقم إيصال: {text}</translation>
        </message>
        <message>
            <source>Looking up receipt {ref}…</source>
            <translation>جارٍ البحث عن الإيصال {ref}…</translation>
        </message>
        <message>
            <source>Finding sales…</source>
            <translation>جارٍ البحث عن المبيعات…</translation>
        </message>
        <message>
            <source>1 sale found: Enter opens it</source>
            <translation>وُجد بيع واحد: Enter يفتحه</translation>
        </message>
        <message>
            <source>{n} sales found: choose one (Up, Down, Enter)</source>
            <translation>وُجد {n} بيع: اختر واحدًا (الأسهم، Enter)</translation>
        </message>
        <message>
            <source>No sale found; check the day, the times or the total</source>
            <translation>لم يُعثر على بيع؛ تحقق من اليوم أو الأوقات أو الإجمالي</translation>
        </message>
        <message>
            <source>no tenders</source>
            <translation>بلا مدفوعات</translation>
        </message>
        <message>
            <source> (till {till})</source>
            <translation> (الصندوق {till})</translation>
        </message>
        <message>
            <source>Receipt #{no}{till}</source>
            <translation>إيصال رقم {no}{till}</translation>
        </message>
        <message>
            <source>total {amount}</source>
            <translation>الإجمالي {amount}</translation>
        </message>
        <message>
            <source>paid with {tenders}</source>
            <translation>مدفوع بـ {tenders}</translation>
        </message>
        <message>
            <source>Everything on receipt #{no} was already returned</source>
            <translation>كل ما في الإيصال رقم {no} أُرجع سابقًا</translation>
        </message>
        <message>
            <source>One fewer {title}</source>
            <translation>{title} واحد أقل</translation>
        </message>
        <message>
            <source>One more {title}</source>
            <translation>{title} واحد إضافي</translation>
        </message>
        <message>
            <source>Quantity to return of {title}</source>
            <translation>الكمية المُرجَعة من {title}</translation>
        </message>
        <message>
            <source>Restock {title}</source>
            <translation>إعادة {title} للمخزون</translation>
        </message>
        <message>
            <source>Only {n} of {title} can still be returned ({done} of {sold} already returned)</source>
            <translation>يمكن إرجاع {n} فقط من {title} (أُرجع {done} من {sold})</translation>
        </message>
        <message>
            <source>{title} was already returned</source>
            <translation>أُرجع {title} سابقًا</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>F9  Restock: yes</source>
            <translation>F9  إعادة للمخزون: نعم</translation>
        </message>
        <message>
            <source>F9  Restock: no</source>
            <translation>F9  إعادة للمخزون: لا</translation>
        </message>
        <message>
            <source>Refund  F12</source>
            <translation>استرداد  F12</translation>
        </message>
        <message>
            <source>Refund {n} items  F12</source>
            <translation>استرداد {n} أصناف  F12</translation>
        </message>
        <message>
            <source>Refund {amount}  F12</source>
            <translation>استرداد {amount}  F12</translation>
        </message>
        <message>
            <source>Scan the item, type how many come back, choose why (F1…), then F12</source>
            <translation>امسح الصنف، اكتب الكمية المُرجَعة، اختر السبب (F1…) ثم F12</translation>
        </message>
        <message>
            <source>Scan or type the item that comes back</source>
            <translation>امسح أو اكتب الصنف المُرجَع</translation>
        </message>
        <message>
            <source>Type how many come back (1 or more)</source>
            <translation>اكتب الكمية المُرجَعة (1 أو أكثر)</translation>
        </message>
        <message>
            <source>Choose why it comes back (F1…)</source>
            <translation>اختر سبب الإرجاع (F1…)</translation>
        </message>
        <message>
            <source>return without a receipt: {qty} × {code}</source>
            <translation>إرجاع بدون إيصال: {qty} × {code}</translation>
        </message>
        <message>
            <source>Adding the return…</source>
            <translation>جارٍ إضافة الإرجاع…</translation>
        </message>
        <message>
            <source>Type how many of which item come back</source>
            <translation>اكتب كم يُرجَع ومن أي صنف</translation>
        </message>
        <message>
            <source>Choose why {title} comes back (F1…)</source>
            <translation>اختر سبب إرجاع {title} (F1…)</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Nothing needs review.
A sale whose commission cannot be worked out (no plan covers the seller, or a plan is broken) still completes; its records wait here until a plan covers them.</source>
            <translation>لا شيء بحاجة إلى مراجعة.
البيع الذي تتعذر حساب عمولته (لا خطة تشمل البائع أو الخطة معطوبة) يكتمل رغم ذلك؛ وتنتظر سجلاته هنا حتى تشملها خطة.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>الإيصال</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>بحاجة إلى مراجعة</translation>
        </message>
        <message>
            <source>Recalculate with current plans  Ctrl+R</source>
            <translation>إعادة الحساب بالخطط الحالية  Ctrl+R</translation>
        </message>
        <message>
            <source>Work out these records again with the plans this terminal has now (after a plan was fixed and pulled)</source>
            <translation>إعادة حساب هذه السجلات بالخطط الموجودة الآن على هذا الجهاز (بعد تصحيح خطة وجلبها)</translation>
        </message>
        <message>
            <source>Every record waiting for review, whatever the period, for the store, terminal and staff chosen above.</source>
            <translation>كل سجل ينتظر المراجعة، أيًا كانت الفترة، للمتجر والجهاز والموظفين المختارين أعلاه.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>بحاجة إلى مراجعة</translation>
        </message>
        <message>
            <source>Recalculated: {n} record(s) fixed</source>
            <translation>تمت إعادة الحساب: تم تصحيح {n} سجل</translation>
        </message>
    </context>
    <context>
        <name>Sale</name>
        <message>
            <source>Cart</source>
            <translation>السلة</translation>
        </message>
        <message>
            <source>Scan an item or type to search. 3* then scan sells three.</source>
            <translation>امسح صنفًا أو اكتب للبحث. ‎3*‎ ثم المسح يبيع ثلاثة.</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>الخصم</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>المعلّقة</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>إرجاع</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>الوردية</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>المخزون</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>Stock count (F11); stock needing attention (Shift+F11)</source>
            <translation>جرد المخزون (F11)؛ مخزون يحتاج انتباهًا (Shift+F11)</translation>
        </message>
        <message>
            <source>Scan or type barcode, SKU or name</source>
            <translation>امسح أو اكتب الباركود أو SKU أو الاسم</translation>
        </message>
        <message>
            <source>Scan or search</source>
            <translation>مسح أو بحث</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>الإجمالي</translation>
        </message>
        <message>
            <source>Pay  F12</source>
            <translation>الدفع  F12</translation>
        </message>
        <message>
            <source>Pay (F12)</source>
            <translation>الدفع (F12)</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>المجموع الفرعي</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>الخصومات</translation>
        </message>
        <message>
            <source>Refund  F12</source>
            <translation>استرداد  F12</translation>
        </message>
        <message>
            <source>Refund (F12)</source>
            <translation>استرداد (F12)</translation>
        </message>
        <message>
            <source>No products yet: import a catalog or sync with Shopify.</source>
            <translation>لا توجد منتجات بعد: استورد كتالوجًا أو زامن مع Shopify.</translation>
        </message>
        <message>
            <source>Nothing matches “{text}”</source>
            <translation>لا شيء يطابق «{text}»</translation>
        </message>
        <message>
            <source>Check the spelling, or scan the item</source>
            <translation>تحقق من الإملاء أو امسح الصنف</translation>
        </message>
        <message>
            <source>{product}: choose a variant (↑ ↓ then Enter, or touch it)</source>
            <translation>{product}: اختر نوعًا (↑ ↓ ثم Enter، أو المسه)</translation>
        </message>
        <message>
            <source>Something went wrong; the sale is safe. The error was logged.</source>
            <translation>حدث خطأ ما؛ البيع محفوظ. تم تسجيل الخطأ.</translation>
        </message>
        <message>
            <source>Next item × {n}</source>
            <translation>الصنف التالي × {n}</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <source>New quantity:</source>
            <translation>الكمية الجديدة:</translation>
        </message>
        <message>
            <source>removing line {no}</source>
            <translation>إزالة السطر {no}</translation>
        </message>
        <message>
            <source>Sale held. F6 shows held sales.</source>
            <translation>تم تعليق البيع. F6 يعرض المبيعات المعلّقة.</translation>
        </message>
        <message>
            <source>void this sale</source>
            <translation>إلغاء هذا البيع</translation>
        </message>
        <message>
            <source>open the drawer without a sale</source>
            <translation>فتح الدرج بدون بيع</translation>
        </message>
        <message>
            <source>Price override</source>
            <translation>تعديل سعر</translation>
        </message>
        <message>
            <source>New unit price for {title} (now {price}):</source>
            <translation>سعر الوحدة الجديد لـ {title} (حاليًا {price}):</translation>
        </message>
        <message>
            <source>price override on line {no}: {title}</source>
            <translation>تعديل السعر في السطر {no}: {title}</translation>
        </message>
        <message>
            <source>from {price}</source>
            <translation>من {price}</translation>
        </message>
        <message>
            <source>{n} variants — Enter to choose</source>
            <translation>{n} أنواع — Enter للاختيار</translation>
        </message>
        <message>
            <source>{n} in stock</source>
            <translation>{n} في المخزون</translation>
        </message>
        <message>
            <source>Barcode {code} did not scan right (wrong check digit) — scan it again or type the number</source>
            <translation>لم يُقرأ الباركود {code} جيدًا (رقم تحقق خاطئ) — امسحه مجددًا أو اكتب الرقم</translation>
        </message>
        <message>
            <source>“{code}” is not a barcode or SKU we can read — scan it again or search by name</source>
            <translation>«{code}» ليس باركودًا أو SKU مقروءًا — امسحه مجددًا أو ابحث بالاسم</translation>
        </message>
        <message>
            <source>No product with barcode {code} — check the number or search by name</source>
            <translation>لا يوجد منتج بالباركود {code} — تحقق من الرقم أو ابحث بالاسم</translation>
        </message>
        <message>
            <source>No product with SKU or code {code} — check it or search by name</source>
            <translation>لا يوجد منتج بـ SKU أو الرمز {code} — تحقق منه أو ابحث بالاسم</translation>
        </message>
        <message>
            <source>1 item</source>
            <translation>صنف واحد</translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation>{n} أصناف</translation>
        </message>
        <message>
            <source>{n} returned</source>
            <translation>{n} مُرجَع</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings of this till</source>
            <translation>إعدادات نقطة البيع هذه</translation>
        </message>
        <message>
            <source>Set-up wizard (F2)</source>
            <translation>معالج الإعداد (F2)</translation>
        </message>
        <message>
            <source>Open the set-up wizard to do a skipped step</source>
            <translation>فتح معالج الإعداد لإتمام خطوة تم تخطيها</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <source>A step skipped at the first start can be done here: the wizard opens at the taxes (the store is kept), F8 skips what is already right. The counter reads the new settings when it starts again.</source>
            <translation>يمكن إتمام خطوة تم تخطيها عند التشغيل الأول من هنا: يفتح المعالج عند الضرائب (يبقى المتجر كما هو)، وF8 يتخطى ما هو صحيح بالفعل. تقرأ نقطة البيع الإعدادات الجديدة عند تشغيلها مرة أخرى.</translation>
        </message>
        <message>
            <source>Store and till</source>
            <translation>المتجر ونقطة البيع</translation>
        </message>
        <message>
            <source>Tax classes</source>
            <translation>الفئات الضريبية</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مالك</translation>
        </message>
        <message>
            <source>Shopify</source>
            <translation>Shopify</translation>
        </message>
        <message>
            <source>Central database</source>
            <translation>قاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>طابعة الإيصالات</translation>
        </message>
        <message>
            <source>No store yet</source>
            <translation>لا يوجد متجر بعد</translation>
        </message>
        <message>
            <source>No tax class yet: prices are sold without tax</source>
            <translation>لا توجد فئة ضريبية بعد: تُباع الأسعار دون ضريبة</translation>
        </message>
        <message>
            <source>No owner's account yet: the owner adds the staff</source>
            <translation>لا يوجد حساب للمالك بعد: المالك هو من يضيف الموظفين</translation>
        </message>
        <message>
            <source>Not connected: this till sells offline only</source>
            <translation>غير متصل: نقطة البيع هذه تبيع دون اتصال فقط</translation>
        </message>
        <message>
            <source>The embedded database on this till</source>
            <translation>قاعدة البيانات المدمجة في نقطة البيع هذه</translation>
        </message>
        <message>
            <source>No printer: receipts are saved as PDF</source>
            <translation>لا توجد طابعة: تُحفظ الإيصالات بصيغة PDF</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <source>Set up this till</source>
            <translation>إعداد هذا الصندوق</translation>
        </message>
        <message>
            <source>Set-up steps</source>
            <translation>خطوات الإعداد</translation>
        </message>
        <message>
            <source>What the step did</source>
            <translation>ما فعلته الخطوة</translation>
        </message>
        <message>
            <source>Step in progress</source>
            <translation>خطوة جارية</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>إلغاء (Esc)</translation>
        </message>
        <message>
            <source>Cancel the running step</source>
            <translation>إلغاء الخطوة الجارية</translation>
        </message>
        <message>
            <source>Finish later (Esc)</source>
            <translation>الإكمال لاحقًا (Esc)</translation>
        </message>
        <message>
            <source>Close the set-up and finish later</source>
            <translation>إغلاق الإعداد وإكماله لاحقًا</translation>
        </message>
        <message>
            <source>Skip (F8)</source>
            <translation>تخطٍّ (F8)</translation>
        </message>
        <message>
            <source>Skip this step</source>
            <translation>تخطي هذه الخطوة</translation>
        </message>
        <message>
            <source>Continue (Enter)</source>
            <translation>متابعة (Enter)</translation>
        </message>
        <message>
            <source>Do this step and continue</source>
            <translation>تنفيذ هذه الخطوة والمتابعة</translation>
        </message>
        <message>
            <source>Back (PgUp)</source>
            <translation>رجوع (PgUp)</translation>
        </message>
        <message>
            <source>Back to the step before</source>
            <translation>العودة إلى الخطوة السابقة</translation>
        </message>
        <message>
            <source>1 Store and till</source>
            <translation>1 المتجر والصندوق</translation>
        </message>
        <message>
            <source>2 Taxes</source>
            <translation>2 الضرائب</translation>
        </message>
        <message>
            <source>3 Owner</source>
            <translation>3 المالك</translation>
        </message>
        <message>
            <source>4 Shopify</source>
            <translation>4 Shopify</translation>
        </message>
        <message>
            <source>5 Central database</source>
            <translation>5 قاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>6 Printer</source>
            <translation>6 الطابعة</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>جاهز</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>معرّف المتجر</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>اسم المتجر</translation>
        </message>
        <message>
            <source>Till id</source>
            <translation>معرّف الصندوق</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>الإعدادات المحلية</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
        <message>
            <source>Currency (ISO code)</source>
            <translation>العملة (رمز ISO)</translation>
        </message>
        <message>
            <source>Locale (e.g. en_US, de_DE)</source>
            <translation>الإعدادات المحلية (مثال ar_EG، ar_SA)</translation>
        </message>
        <message>
            <source>Time zone (e.g. America/Chicago)</source>
            <translation>المنطقة الزمنية (مثال Africa/Cairo)</translation>
        </message>
        <message>
            <source>Data directory: {path}</source>
            <translation>مجلد البيانات: {path}</translation>
        </message>
        <message>
            <source>Standard tax rate in percent</source>
            <translation>نسبة الضريبة القياسية بالمئة</translation>
        </message>
        <message>
            <source>e.g. 8.25; empty: no tax</source>
            <translation>مثال 14؛ فارغ: بلا ضريبة</translation>
        </message>
        <message>
            <source>Tax name</source>
            <translation>اسم الضريبة</translation>
        </message>
        <message>
            <source>Sales tax</source>
            <translation>ضريبة المبيعات</translation>
        </message>
        <message>
            <source>Prices include tax</source>
            <translation>الأسعار شاملة الضريبة</translation>
        </message>
        <message>
            <source>Tax rounded per line</source>
            <translation>الضريبة مقرّبة لكل سطر</translation>
        </message>
        <message>
            <source>Tax rounded on the total</source>
            <translation>الضريبة مقرّبة على الإجمالي</translation>
        </message>
        <message>
            <source>Tax rounding</source>
            <translation>تقريب الضريبة</translation>
        </message>
        <message>
            <source>Cash rounding in minor units</source>
            <translation>تقريب النقد بالوحدات الصغرى</translation>
        </message>
        <message>
            <source>Standard rate (%)</source>
            <translation>النسبة القياسية (%)</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>التقريب</translation>
        </message>
        <message>
            <source>Cash rounding (1 = none, 5 = 0.05)</source>
            <translation>تقريب النقد (1 = بلا، 5 = 0.05)</translation>
        </message>
        <message>
            <source>Two classes are made: standard (this rate) and exempt (0 %), the classes Shopify's taxable and untaxed products use.</source>
            <translation>تُنشأ فئتان: قياسية (هذه النسبة) ومعفاة (0 %)، وهما الفئتان اللتان تستخدمهما منتجات Shopify الخاضعة للضريبة وغير الخاضعة.</translation>
        </message>
        <message>
            <source>Owner's name</source>
            <translation>اسم المالك</translation>
        </message>
        <message>
            <source>Owner's PIN</source>
            <translation>رمز المالك</translation>
        </message>
        <message>
            <source>Owner's PIN again</source>
            <translation>رمز المالك مرة أخرى</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>الرمز مرة أخرى</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>PIN (4 to 8 digits)</source>
            <translation>الرمز (من 4 إلى 8 أرقام)</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>المتجر</translation>
        </message>
        <message>
            <source>my-shop, my-shop.myshopify.com or admin.shopify.com/store/my-shop</source>
            <translation>my-shop أو my-shop.myshopify.com أو admin.shopify.com/store/my-shop</translation>
        </message>
        <message>
            <source>Admin API access token</source>
            <translation>رمز الوصول لواجهة Admin API</translation>
        </message>
        <message>
            <source>Location this till sells from</source>
            <translation>الموقع الذي يبيع منه هذا الصندوق</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>رمز الوصول</translation>
        </message>
        <message>
            <source>Location (Up/Down)</source>
            <translation>الموقع (الأسهم)</translation>
        </message>
        <message>
            <source>Enter tests the token and lists the shop's locations; Enter again connects, stores the token in the keyring and pulls the catalog.</source>
            <translation>اضغط Enter لاختبار الرمز وعرض مواقع المتجر، ثم Enter مرة أخرى للاتصال وحفظ الرمز في حافظة المفاتيح وجلب الكتالوج.</translation>
        </message>
        <message>
            <source>This till's central database URL</source>
            <translation>عنوان قاعدة البيانات المركزية لهذا الصندوق</translation>
        </message>
        <message>
            <source>Store id at central</source>
            <translation>معرّف المتجر في المركز</translation>
        </message>
        <message>
            <source>Database owner's URL (optional)</source>
            <translation>عنوان URL لمالك قاعدة البيانات (اختياري)</translation>
        </message>
        <message>
            <source>postgresql+psycopg://OWNER@HOST/DB: creates the schema and this till's role</source>
            <translation>postgresql+psycopg://OWNER@HOST/DB: يُنشئ المخطط ودور هذا الصندوق</translation>
        </message>
        <message>
            <source>Database owner's password</source>
            <translation>كلمة مرور مالك قاعدة البيانات</translation>
        </message>
        <message>
            <source>Till's URL</source>
            <translation>عنوان URL للصندوق</translation>
        </message>
        <message>
            <source>Owner's URL</source>
            <translation>عنوان URL للمالك</translation>
        </message>
        <message>
            <source>Owner's password</source>
            <translation>كلمة مرور المالك</translation>
        </message>
        <message>
            <source>Skip (F8) keeps the embedded database on this till; connect later with `pos-app central connect`.</source>
            <translation>التخطي (F8) يُبقي قاعدة البيانات المدمجة على هذا الصندوق؛ اتصل لاحقًا بـ `pos-app central connect`.</translation>
        </message>
        <message>
            <source>Printers found on this till</source>
            <translation>الطابعات التي عُثر عليها في نقطة البيع هذه</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>طابعة الإيصالات</translation>
        </message>
        <message>
            <source>Look again (F5)</source>
            <translation>البحث مجددًا (F5)</translation>
        </message>
        <message>
            <source>Look for printers again</source>
            <translation>البحث عن الطابعات مجددًا</translation>
        </message>
        <message>
            <source>Test page only (F2)</source>
            <translation>صفحة اختبار فقط (F2)</translation>
        </message>
        <message>
            <source>Print a test page without keeping the printer</source>
            <translation>طباعة صفحة اختبار دون الاحتفاظ بالطابعة</translation>
        </message>
        <message>
            <source>Found (Up/Down)</source>
            <translation>تم العثور عليها (أعلى/أسفل)</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>الطابعة</translation>
        </message>
        <message>
            <source>A network printer is not searched for: type network:HOST (port 9100) or network:HOST:PORT. Enter prints a test page (the store's name, the date and time, a ruler per character width, a cut) and keeps the printer.</source>
            <translation>لا يتم البحث عن طابعات الشبكة: اكتب network:HOST (المنفذ 9100) أو network:HOST:PORT. يطبع Enter صفحة اختبار (اسم المتجر والتاريخ والوقت ومسطرة لكل عرض حرف وقص) ويحتفظ بالطابعة.</translation>
        </message>
        <message>
            <source>Looking for printers…</source>
            <translation>جارٍ البحث عن الطابعات…</translation>
        </message>
        <message>
            <source>No printer found: type a network printer's address below, or check the USB cable and power and look again (F5)</source>
            <translation>لم يتم العثور على طابعة: اكتب عنوان طابعة الشبكة أدناه، أو تحقق من كبل USB والطاقة وابحث مجددًا (F5)</translation>
        </message>
        <message>
            <source>USB printer on {path}</source>
            <translation>طابعة USB على {path}</translation>
        </message>
        <message>
            <source>USB printer {ids}</source>
            <translation>طابعة USB ‏{ids}</translation>
        </message>
        <message>
            <source>Serial port {path}</source>
            <translation>المنفذ التسلسلي {path}</translation>
        </message>
        <message>
            <source>CUPS queue {queue}</source>
            <translation>قائمة انتظار CUPS {queue}</translation>
        </message>
        <message>
            <source>This user may not write to {path}: add it to the device's group (often lp) and sign in again</source>
            <translation>لا يمكن لهذا المستخدم الكتابة إلى {path}: أضفه إلى مجموعة الجهاز (غالبًا lp) وسجّل الدخول مجددًا</translation>
        </message>
        <message>
            <source>CUPS prints to it as a page printer: choose the printer itself (USB, network or serial)</source>
            <translation>يطبع CUPS عليها كطابعة صفحات: اختر الطابعة نفسها (USB أو الشبكة أو المنفذ التسلسلي)</translation>
        </message>
        <message>
            <source>Printer test page</source>
            <translation>صفحة اختبار الطابعة</translation>
        </message>
        <message>
            <source>Printed {when}</source>
            <translation>طُبعت في {when}</translation>
        </message>
        <message>
            <source>Printer {device}</source>
            <translation>الطابعة {device}</translation>
        </message>
        <message>
            <source>Normal text, {n} characters:</source>
            <translation>نص عادي، {n} حرفًا:</translation>
        </message>
        <message>
            <source>Small text, {n} characters:</source>
            <translation>نص صغير، {n} حرفًا:</translation>
        </message>
        <message>
            <source>Wide, {n} characters:</source>
            <translation>عرض مزدوج، {n} حرفًا:</translation>
        </message>
        <message>
            <source>Each ruler on one line and the paper cut: receipts will print.</source>
            <translation>كل مسطرة في سطر واحد والورق مقصوص: ستُطبع الإيصالات.</translation>
        </message>
        <message>
            <source>{done} products read</source>
            <translation>تمت قراءة {done} منتجًا</translation>
        </message>
        <message>
            <source>{done} of {total} products</source>
            <translation>{done} من {total} منتجًا</translation>
        </message>
        <message>
            <source>Shopify is preparing the catalog: {records} records so far</source>
            <translation>يُجهّز Shopify الكتالوج: {records} سجلًا حتى الآن</translation>
        </message>
        <message>
            <source>Pulling the catalog from Shopify: {count}</source>
            <translation>جارٍ جلب الكتالوج من Shopify: {count}</translation>
        </message>
        <message>
            <source>Shopify: connected; the catalog is pulled by the next sync.</source>
            <translation>Shopify: متصل؛ ستجلب المزامنة التالية الكتالوج.</translation>
        </message>
        <message>
            <source>Shopify: connected. The catalog pull was stopped at {count}; the next sync pulls the rest.</source>
            <translation>Shopify: متصل. توقف جلب الكتالوج عند {count}؛ ستجلب المزامنة التالية الباقي.</translation>
        </message>
        <message>
            <source>Shopify: connected. Catalog pulled: {count}.</source>
            <translation>Shopify: متصل. تم جلب الكتالوج: {count}.</translation>
        </message>
        <message>
            <source>Central database: connected; this till's sales now go to it.</source>
            <translation>قاعدة البيانات المركزية: متصلة؛ مبيعات هذا الصندوق تذهب إليها الآن.</translation>
        </message>
        <message>
            <source>Choose a printer (Up/Down) or type its form (e.g. network:192.0.2.10), or skip with F8</source>
            <translation>اختر طابعة (أعلى/أسفل) أو اكتب صيغتها (مثل network:192.0.2.10)، أو تخطَّ بـ F8</translation>
        </message>
        <message>
            <source>Test page sent to {device}. Enter keeps this printer.</source>
            <translation>أُرسلت صفحة الاختبار إلى {device}. يحتفظ Enter بهذه الطابعة.</translation>
        </message>
        <message>
            <source>The printer at {target} did not answer ({detail}). Check that it is switched on and its address (its network status sheet: hold FEED while switching it on), and that this till is on the same network.</source>
            <translation>لم تستجب الطابعة على {target} ({detail}). تحقق من أنها قيد التشغيل ومن عنوانها (ورقة حالة الشبكة: اضغط FEED مطولًا أثناء تشغيلها)، وأن نقطة البيع هذه على الشبكة نفسها.</translation>
        </message>
        <message>
            <source>Cannot write to {target} ({detail}). Check that the printer is switched on and its cable is in, and that this user may write to {target} (the device's group, often lp).</source>
            <translation>تعذرت الكتابة إلى {target} ({detail}). تحقق من أن الطابعة قيد التشغيل وأن كبلها موصول، وأن هذا المستخدم يمكنه الكتابة إلى {target} (مجموعة الجهاز، غالبًا lp).</translation>
        </message>
        <message>
            <source>The USB printer {target} was not reached ({detail}). Check the cable and power, its ids with lsusb, and that this user may use the device (a udev rule).</source>
            <translation>تعذر الوصول إلى طابعة USB ‏{target} ({detail}). تحقق من الكبل والطاقة، ومعرّفاتها باستخدام lsusb، وأن هذا المستخدم يمكنه استخدام الجهاز (قاعدة udev).</translation>
        </message>
        <message>
            <source>The CUPS queue {target} did not take the test page ({detail}). Check that the queue exists and accepts jobs (lpstat -p {target}) and that the CUPS client (lp) is installed.</source>
            <translation>لم تقبل قائمة انتظار CUPS {target} صفحة الاختبار ({detail}). تحقق من أن قائمة الانتظار موجودة وتقبل المهام (lpstat -p {target}) وأن عميل CUPS (lp) مثبّت.</translation>
        </message>
        <message>
            <source>The serial port {target} could not be used ({detail}). Check the cable, the port's name and the baud rate.</source>
            <translation>تعذر استخدام المنفذ التسلسلي {target} ({detail}). تحقق من الكبل واسم المنفذ ومعدل الباود.</translation>
        </message>
        <message>
            <source>What was set up</source>
            <translation>ما تم إعداده</translation>
        </message>
        <message>
            <source>network:HOST[:PORT], usb:VID:PID, serial:DEVICE, file:PATH or cups:QUEUE</source>
            <translation>network:HOST[:PORT] أو usb:VID:PID أو serial:DEVICE أو file:PATH أو cups:QUEUE</translation>
        </message>
        <message>
            <source>Who this store and this till are. Skip (F8) starts the store with what is shown.</source>
            <translation>من هما هذا المتجر وهذا الصندوق. التخطي (F8) يبدأ المتجر بما هو معروض.</translation>
        </message>
        <message>
            <source>How prices are taxed and rounded.</source>
            <translation>كيف تُفرض الضرائب على الأسعار وتُقرَّب.</translation>
        </message>
        <message>
            <source>The store's first account: it adds the staff.</source>
            <translation>أول حساب في المتجر: يضيف الموظفين.</translation>
        </message>
        <message>
            <source>Sell Shopify's catalog and keep its stock.</source>
            <translation>بيع كتالوج Shopify ومتابعة مخزونه.</translation>
        </message>
        <message>
            <source>Where every till's sales meet.</source>
            <translation>حيث تلتقي مبيعات كل الصناديق.</translation>
        </message>
        <message>
            <source>The receipt printer and the cash drawer.</source>
            <translation>طابعة الإيصالات ودرج النقد.</translation>
        </message>
        <message>
            <source>Enter starts the counter.</source>
            <translation>اضغط Enter لبدء الصندوق.</translation>
        </message>
        <message>
            <source>Start selling (Enter)</source>
            <translation>بدء البيع (Enter)</translation>
        </message>
        <message>
            <source>done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>skipped: do it later with `pos-app setup`</source>
            <translation>تم التخطي: نفّذه لاحقًا بـ `pos-app setup`</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>لم يتم</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>جارٍ العمل…</translation>
        </message>
        <message>
            <source>This step failed: {error}</source>
            <translation>فشلت هذه الخطوة: {error}</translation>
        </message>
        <message>
            <source>Cancelling: the step stops at its next safe point; nothing is left half done.</source>
            <translation>جارٍ الإلغاء: تتوقف الخطوة عند أقرب نقطة آمنة؛ لا يبقى شيء نصف منجز.</translation>
        </message>
        <message>
            <source>{step}: done.</source>
            <translation>{step}: تم.</translation>
        </message>
        <message>
            <source>Cash rounding is a whole number of minor units: 1 for none, 5 for 0.05</source>
            <translation>تقريب النقد عدد صحيح من الوحدات الصغرى: 1 لعدم التقريب، 5 لـ 0.05</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>قياسي</translation>
        </message>
        <message>
            <source>Exempt</source>
            <translation>معفى</translation>
        </message>
        <message>
            <source>Type the owner's name first</source>
            <translation>اكتب اسم المالك أولًا</translation>
        </message>
        <message>
            <source>Pick the location this till sells from (Up/Down) and press Enter to connect and pull the catalog.</source>
            <translation>اختر موقع هذا الصندوق (الأسهم) واضغط Enter للاتصال وجلب الكتالوج.</translation>
        </message>
        <message>
            <source>The shop has no active location: add one in Shopify's admin, then test again</source>
            <translation>ليس للمتجر موقع نشط: أضف موقعًا في إدارة Shopify ثم اختبر مجددًا</translation>
        </message>
    </context>
    <context>
        <name>Shift</name>
        <message>
            <source>Cash in drawer</source>
            <translation>النقد في الدرج</translation>
        </message>
        <message>
            <source>Card terminal batch</source>
            <translation>دفعة جهاز البطاقات</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>رصيد المتجر</translation>
        </message>
        <message>
            <source>Gift cards</source>
            <translation>بطاقات الهدايا</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>إغلاق (Esc)</translation>
        </message>
        <message>
            <source>Close the report</source>
            <translation>إغلاق التقرير</translation>
        </message>
        <message>
            <source>Print (Ctrl+P)</source>
            <translation>طباعة (Ctrl+P)</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>طباعة التقرير</translation>
        </message>
        <message>
            <source>Open shift</source>
            <translation>فتح الوردية</translation>
        </message>
        <message>
            <source>Open the shift: count the float in the drawer</source>
            <translation>افتح الوردية: عُدّ رصيد الدرج الافتتاحي</translation>
        </message>
        <message>
            <source>Float, e.g. {amount}</source>
            <translation>الرصيد الافتتاحي، مثال {amount}</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>الرصيد الافتتاحي</translation>
        </message>
        <message>
            <source>Open shift (Enter)</source>
            <translation>فتح الوردية (Enter)</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>إلغاء (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Could not open the shift</source>
            <translation>تعذر فتح الوردية</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>الوردية</translation>
        </message>
        <message>
            <source>Shift open since {time} by {name}</source>
            <translation>الوردية مفتوحة منذ {time} بواسطة {name}</translation>
        </message>
        <message>
            <source>No shift is open</source>
            <translation>لا توجد وردية مفتوحة</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Cash in or out amount</source>
            <translation>مبلغ الإيداع أو السحب</translation>
        </message>
        <message>
            <source>Reason (e.g. change from bank, supplier paid)</source>
            <translation>السبب (مثال: فكة من البنك، دفع لمورد)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Cash in</source>
            <translation>إيداع نقدي</translation>
        </message>
        <message>
            <source>Cash in (F2)</source>
            <translation>إيداع نقدي (F2)</translation>
        </message>
        <message>
            <source>Cash out (F3)</source>
            <translation>سحب نقدي (F3)</translation>
        </message>
        <message>
            <source>Cash out</source>
            <translation>سحب نقدي</translation>
        </message>
        <message>
            <source>X report (F4)</source>
            <translation>تقرير X (F4)</translation>
        </message>
        <message>
            <source>X report</source>
            <translation>تقرير X</translation>
        </message>
        <message>
            <source>Close the shift: count each tender. Expected amounts are not shown (blind count).</source>
            <translation>أغلق الوردية: عُدّ كل طريقة دفع. لا تُعرض المبالغ المتوقعة (عدّ أعمى).</translation>
        </message>
        <message>
            <source>Counted amount</source>
            <translation>المبلغ المعدود</translation>
        </message>
        <message>
            <source>Close shift and print Z report (F12)</source>
            <translation>إغلاق الوردية وطباعة تقرير Z (F12)</translation>
        </message>
        <message>
            <source>Close shift and print Z report</source>
            <translation>إغلاق الوردية وطباعة تقرير Z</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>رجوع (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>That did not work; logged.</source>
            <translation>لم ينجح ذلك؛ تم التسجيل.</translation>
        </message>
        <message>
            <source>Cash out recorded</source>
            <translation>تم تسجيل السحب النقدي</translation>
        </message>
        <message>
            <source>Cash in recorded</source>
            <translation>تم تسجيل الإيداع النقدي</translation>
        </message>
        <message>
            <source>cash out {amount} ({reason})</source>
            <translation>سحب نقدي {amount} ({reason})</translation>
        </message>
        <message>
            <source>no reason</source>
            <translation>بلا سبب</translation>
        </message>
        <message>
            <source>Count {tender} first</source>
            <translation>عُدّ {tender} أولًا</translation>
        </message>
        <message>
            <source>Z report</source>
            <translation>تقرير Z</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Nobody here yet.
Add the people who sell and approve (Ctrl+N): each gets a PIN, and signs in on every till of the store after its next sync.</source>
            <translation>لا أحد هنا بعد.
أضف من يبيعون ويوافقون (Ctrl+N): يحصل كل منهم على رمز PIN ويسجّل الدخول في كل صناديق المتجر بعد المزامنة التالية.</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>كاشير</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>مشرف</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>مدير</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>مالك</translation>
        </message>
        <message>
            <source>New PIN ({low} to {high} digits)</source>
            <translation>رمز PIN جديد (من {low} إلى {high} أرقام)</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>رمز PIN جديد</translation>
        </message>
        <message>
            <source>That was a scan, not a PIN: type the PIN</source>
            <translation>كان ذلك مسحًا وليس رمزًا: اكتب رمز PIN</translation>
        </message>
        <message>
            <source>A PIN is {low} to {high} digits</source>
            <translation>رمز PIN من {low} إلى {high} أرقام</translation>
        </message>
        <message>
            <source>Type the same PIN again</source>
            <translation>اكتب الرمز نفسه مرة أخرى</translation>
        </message>
        <message>
            <source>The two PINs were not the same; type the new PIN again</source>
            <translation>الرمزان غير متطابقين؛ اكتب الرمز الجديد مرة أخرى</translation>
        </message>
        <message>
            <source>Name, as the sign-in list shows it</source>
            <translation>الاسم كما يظهر في قائمة تسجيل الدخول</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>حفظ (Enter)</translation>
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation>التالي (Enter)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation>إلغاء (Esc)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Type the person's name first</source>
            <translation>اكتب اسم الشخص أولًا</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <source>Show leavers (Ctrl+L)</source>
            <translation>عرض المغادرين (Ctrl+L)</translation>
        </message>
        <message>
            <source>Show leavers</source>
            <translation>عرض المغادرين</translation>
        </message>
        <message>
            <source>Add (Ctrl+N)</source>
            <translation>إضافة (Ctrl+N)</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>إضافة شخص</translation>
        </message>
        <message>
            <source>Change PIN (Ctrl+P)</source>
            <translation>تغيير الرمز (Ctrl+P)</translation>
        </message>
        <message>
            <source>Change PIN</source>
            <translation>تغيير الرمز</translation>
        </message>
        <message>
            <source>Role (Ctrl+R)</source>
            <translation>الدور (Ctrl+R)</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>تغيير الدور</translation>
        </message>
        <message>
            <source>Deactivate (Del)</source>
            <translation>تعطيل (Del)</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>تعطيل</translation>
        </message>
        <message>
            <source>Bring back (Ctrl+B)</source>
            <translation>إعادة (Ctrl+B)</translation>
        </message>
        <message>
            <source>Bring back</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>Changes reach the store's other tills at their next sync; a deactivated person is refused on this till at once.</source>
            <translation>تصل التغييرات إلى صناديق المتجر الأخرى في مزامنتها التالية؛ ويُرفض الشخص المعطَّل على هذا الصندوق فورًا.</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>معطَّل</translation>
        </message>
        <message>
            <source>No PIN yet</source>
            <translation>لا رمز بعد</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>{name} added: they sign in here now, and on the store's other tills after their next sync.</source>
            <translation>تمت إضافة {name}: يسجّل الدخول هنا الآن، وفي صناديق المتجر الأخرى بعد مزامنتها التالية.</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>رمز جديد لـ {name}</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>لدى {name} رمز جديد.</translation>
        </message>
        <message>
            <source>Role of {name}</source>
            <translation>دور {name}</translation>
        </message>
        <message>
            <source>{name} is now: {role}.</source>
            <translation>{name} الآن: {role}.</translation>
        </message>
        <message>
            <source>Deactivate {name}?</source>
            <translation>تعطيل {name}؟</translation>
        </message>
        <message>
            <source>They cannot sign in on this till from now, nor on the store's other tills after their next sync. Their name stays on past sales.</source>
            <translation>لن يتمكن من تسجيل الدخول على هذا الصندوق من الآن، ولا على صناديق المتجر الأخرى بعد مزامنتها التالية. يبقى اسمه على المبيعات السابقة.</translation>
        </message>
        <message>
            <source>Deactivate (Enter)</source>
            <translation>تعطيل (Enter)</translation>
        </message>
        <message>
            <source>{name} is deactivated.</source>
            <translation>تم تعطيل {name}.</translation>
        </message>
        <message>
            <source>Bring back {name}, with a new PIN</source>
            <translation>إعادة {name} برمز جديد</translation>
        </message>
        <message>
            <source>{name} is back.</source>
            <translation>عاد {name}.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>تأكيد</translation>
        </message>
    </context>
    <context>
        <name>StockAttention</name>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ماذا حدث</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Oversold</source>
            <translation>بيع زائد</translation>
        </message>
        <message>
            <source>Count sent as variance</source>
            <translation>جرد أُرسل كفرق</translation>
        </message>
        <message>
            <source>Unknown SKU</source>
            <translation>رمز SKU غير معروف</translation>
        </message>
        <message>
            <source>Refused by Shopify</source>
            <translation>رفضه Shopify</translation>
        </message>
        <message>
            <source>Unreadable stock change</source>
            <translation>تغيير مخزون غير مقروء</translation>
        </message>
        <message>
            <source>Barcode on two SKUs</source>
            <translation>باركود على رقمي SKU</translation>
        </message>
        <message>
            <source>Nothing to send again: no stock change is set aside any more.</source>
            <translation>لا شيء لإعادة إرساله: لم يعد هناك أي تغيير مخزون مؤجل.</translation>
        </message>
        <message>
            <source>Sent again: 1 stock change. It goes to Shopify with the next sync.</source>
            <translation>أُعيد الإرسال: تغيير مخزون واحد. يصل إلى Shopify مع المزامنة التالية.</translation>
        </message>
        <message>
            <source>Sent again: {n} stock changes. They go to Shopify with the next sync.</source>
            <translation>أُعيد الإرسال: عدد تغييرات المخزون {n}. تصل إلى Shopify مع المزامنة التالية.</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal: there is no stock to reconcile.</source>
            <translation>لم يُعدّ Shopify على هذا الجهاز: لا يوجد مخزون للتسوية.</translation>
        </message>
        <message>
            <source>Nothing needs attention. Oversells after offline periods, counts that Shopify moved meanwhile, unknown SKUs and stock changes Shopify refused appear here.</source>
            <translation>لا شيء يحتاج انتباهًا. يظهر هنا البيع الزائد بعد فترات انقطاع الاتصال، والجرد الذي غيّره Shopify في الأثناء، وأرقام SKU المجهولة، وتغييرات المخزون التي رفضها Shopify.</translation>
        </message>
        <message>
            <source>Stock needing attention</source>
            <translation>مخزون يحتاج انتباهًا</translation>
        </message>
        <message>
            <source>Look into each item (recount the shelf, check the online order), then resolve it. Resolved items leave this list and stay in the audit log. A stock change Shopify refused: fix the cause in Shopify and press Send again, or resolve it if you put the stock right in Shopify yourself (it is then never sent).</source>
            <translation>افحص كل بند (أعد عدّ الرف، تحقق من الطلب الإلكتروني) ثم عالجه. البنود المعالجة تخرج من هذه القائمة وتبقى في سجل التدقيق. تغيير مخزون رفضه Shopify: أصلح السبب في Shopify واضغط إعادة الإرسال، أو عالجه إن كنت صححت المخزون في Shopify بنفسك (فلا يُرسَل أبدًا).</translation>
        </message>
        <message>
            <source>stock attention list</source>
            <translation>قائمة المخزون الذي يحتاج انتباهًا</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Resolve selected  Enter</source>
            <translation>معالجة المحدد  Enter</translation>
        </message>
        <message>
            <source>Resolve selected</source>
            <translation>معالجة المحدد</translation>
        </message>
        <message>
            <source>Send again  Ctrl+R</source>
            <translation>إعادة الإرسال  Ctrl+R</translation>
        </message>
        <message>
            <source>Send again</source>
            <translation>إعادة الإرسال</translation>
        </message>
        <message>
            <source>Once the cause is fixed in Shopify, send every stock change it set aside again, with the next sync</source>
            <translation>بعد إصلاح السبب في Shopify، أعد إرسال كل تغييرات المخزون التي أجّلها، مع المزامنة التالية</translation>
        </message>
        <message>
            <source>Close  Esc</source>
            <translation>إغلاق  Esc</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Managers only: enter a manager PIN to see the list.</source>
            <translation>للمديرين فقط: أدخل رمز PIN لمدير لرؤية القائمة.</translation>
        </message>
        <message>
            <source>Resolved: {what} for {sku}</source>
            <translation>تمت المعالجة: {what} لـ {sku}</translation>
        </message>
        <message>
            <source>Resolved: {what}</source>
            <translation>تمت المعالجة: {what}</translation>
        </message>
    </context>
    <context>
        <name>StockCount</name>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>الصنف</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>المعدود</translation>
        </message>
        <message>
            <source>Sellable</source>
            <translation>القابل للبيع</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Shopify is not set up on this terminal. Counts are recorded against Shopify's stock, so they cannot be taken here; ask a manager to set up [shopify] in the terminal's config.</source>
            <translation>لم يُعدّ Shopify على هذا الجهاز. يُسجَّل الجرد مقابل مخزون Shopify لذا لا يمكن إجراؤه هنا؛ اطلب من المدير إعداد [shopify] في إعدادات الجهاز.</translation>
        </message>
        <message>
            <source>Something went wrong; nothing was lost. The error was logged.</source>
            <translation>حدث خطأ ما؛ لم يُفقد شيء. تم تسجيل الخطأ.</translation>
        </message>
        <message>
            <source>unknown — not yet synced</source>
            <translation>غير معروف — لم تتم المزامنة بعد</translation>
        </message>
        <message>
            <source>unknown — Shopify not set up</source>
            <translation>غير معروف — Shopify غير مُعدّ</translation>
        </message>
        <message>
            <source>Manager approval: {what}</source>
            <translation>موافقة المدير: {what}</translation>
        </message>
        <message>
            <source>Manager approval: {what}. Choose who approves; they type their PIN, then Enter.</source>
            <translation>موافقة المدير: {what}. اختر من يوافق؛ يكتب رمزه ثم Enter.</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>المُوافِق</translation>
        </message>
        <message>
            <source>Approver's PIN</source>
            <translation>رمز PIN للمُوافِق</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>جرد المخزون</translation>
        </message>
        <message>
            <source>Checking the connection to Shopify…</source>
            <translation>جارٍ التحقق من الاتصال بـ Shopify…</translation>
        </message>
        <message>
            <source>Scan or type barcode or SKU, then Enter</source>
            <translation>امسح أو اكتب الباركود أو SKU ثم Enter</translation>
        </message>
        <message>
            <source>Item barcode or SKU</source>
            <translation>باركود الصنف أو SKU</translation>
        </message>
        <message>
            <source>No item yet: scan the shelf label or the product.</source>
            <translation>لا صنف بعد: امسح ملصق الرف أو المنتج.</translation>
        </message>
        <message>
            <source>On the shelf</source>
            <translation>على الرف</translation>
        </message>
        <message>
            <source>Units counted, then Enter</source>
            <translation>الوحدات المعدودة ثم Enter</translation>
        </message>
        <message>
            <source>Units on the shelf</source>
            <translation>الوحدات على الرف</translation>
        </message>
        <message>
            <source>Record count  Enter</source>
            <translation>تسجيل الجرد  Enter</translation>
        </message>
        <message>
            <source>count stock</source>
            <translation>جرد المخزون</translation>
        </message>
        <message>
            <source>Items counted in this sitting</source>
            <translation>الأصناف المعدودة في هذه الجلسة</translation>
        </message>
        <message>
            <source>Items counted in this sitting appear here.</source>
            <translation>تظهر هنا الأصناف المعدودة في هذه الجلسة.</translation>
        </message>
        <message>
            <source>Needs attention  Shift+F11</source>
            <translation>يحتاج انتباهًا  Shift+F11</translation>
        </message>
        <message>
            <source>Close  Esc</source>
            <translation>إغلاق  Esc</translation>
        </message>
        <message>
            <source>Shopify is reachable: counts go to Shopify at the next sync, against what it had when you counted.</source>
            <translation>يمكن الوصول إلى Shopify: يُرسل الجرد إلى Shopify في المزامنة التالية، مقابل ما كان لديه وقت العدّ.</translation>
        </message>
        <message>
            <source>Shopify is not reachable right now. Counting still works: counts are kept here and will be sent when Shopify is reachable, as the difference to what this terminal expected.</source>
            <translation>لا يمكن الوصول إلى Shopify الآن. الجرد ما زال يعمل: يُحفظ هنا ويُرسل عند توفر Shopify، كفرق عمّا توقعه هذا الجهاز.</translation>
        </message>
        <message>
            <source>{n} stock change(s) waiting for Shopify</source>
            <translation>{n} تغيير مخزون بانتظار Shopify</translation>
        </message>
        <message>
            <source>Nothing waiting for Shopify</source>
            <translation>لا شيء بانتظار Shopify</translation>
        </message>
        <message>
            <source>Needs attention ({n})  Shift+F11</source>
            <translation>يحتاج انتباهًا ({n})  Shift+F11</translation>
        </message>
        <message>
            <source>Scan or type an item first</source>
            <translation>امسح أو اكتب صنفًا أولًا</translation>
        </message>
        <message>
            <source>SKU {sku}</source>
            <translation>SKU {sku}</translation>
        </message>
        <message>
            <source> · barcode {barcode}</source>
            <translation> · الباركود {barcode}</translation>
        </message>
        <message>
            <source> · sellable here (estimate): {n}</source>
            <translation> · قابل للبيع هنا (تقدير): {n}</translation>
        </message>
        <message>
            <source>{title} is not stock-tracked in Shopify; there is nothing to count.</source>
            <translation>{title} لا يُتتبع مخزونه في Shopify؛ لا يوجد ما يُعدّ.</translation>
        </message>
        <message>
            <source>No count recorded for {title}; looking up the scanned code.</source>
            <translation>لم يُسجَّل جرد لـ {title}؛ جارٍ البحث عن الرمز الممسوح.</translation>
        </message>
        <message>
            <source>Type the number of units on the shelf as a whole number, e.g. 12 (not {text})</source>
            <translation>اكتب عدد الوحدات على الرف كعدد صحيح، مثال 12 (وليس {text})</translation>
        </message>
        <message>
            <source>Type how many are on the shelf (0 if it is empty)</source>
            <translation>اكتب العدد على الرف (0 إن كان فارغًا)</translation>
        </message>
        <message>
            <source>Recorded: {n} × {title}. It goes to Shopify at the next sync.</source>
            <translation>تم التسجيل: {n} × {title}. يُرسل إلى Shopify في المزامنة التالية.</translation>
        </message>
        <message>
            <source>Recorded: {n} × {title}. Shopify is not reachable: it will be sent when Shopify is reachable.</source>
            <translation>تم التسجيل: {n} × {title}. Shopify غير متاح: سيُرسل عند توفره.</translation>
        </message>
        <message>
            <source>Next item: scan or type its barcode or SKU.</source>
            <translation>الصنف التالي: امسح أو اكتب الباركود أو SKU.</translation>
        </message>
        <message>
            <source>{reason}. Nothing was recorded yet.</source>
            <translation>{reason}. لم يُسجَّل شيء بعد.</translation>
        </message>
        <message>
            <source>Counting with manager approval</source>
            <translation>الجرد بموافقة المدير</translation>
        </message>
        <message>
            <source>Recorded · sent at next sync</source>
            <translation>مسجَّل · يُرسل في المزامنة التالية</translation>
        </message>
        <message>
            <source>Pending · sent when Shopify is reachable</source>
            <translation>معلّق · يُرسل عند توفر Shopify</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>{store} — terminal {terminal}</source>
            <translation>{store} — الجهاز {terminal}</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>التنبيهات</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>تم تسجيل الخروج</translation>
        </message>
        <message>
            <source>Terminal {terminal}</source>
            <translation>الجهاز {terminal}</translation>
        </message>
        <message>
            <source>Open the sync status</source>
            <translation>فتح حالة المزامنة</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>حالة المزامنة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Shopify status</source>
            <translation>حالة Shopify</translation>
        </message>
        <message>
            <source>Central database status</source>
            <translation>حالة قاعدة البيانات المركزية</translation>
        </message>
        <message>
            <source>Sign-in failed; the error was logged.</source>
            <translation>فشل تسجيل الدخول؛ تم تسجيل الخطأ.</translation>
        </message>
        <message>
            <source>Cashier: {name}</source>
            <translation>الكاشير: {name}</translation>
        </message>
        <message>
            <source>Locked. Sign in to continue; the open sale is kept.</source>
            <translation>مقفل. سجّل الدخول للمتابعة؛ البيع المفتوح محفوظ.</translation>
        </message>
        <message>
            <source>{name} can no longer use this till (deactivated) and was signed out. The open sale is kept: sign in to continue.</source>
            <translation>لم يعد بإمكان {name} استخدام هذا الصندوق (تم إلغاء تفعيله) وتم تسجيل خروجه. البيع المفتوح محفوظ: سجّل الدخول للمتابعة.</translation>
        </message>
        <message>
            <source>Status unavailable</source>
            <translation>الحالة غير متاحة</translation>
        </message>
        <message>
            <source>Shift open</source>
            <translation>الوردية مفتوحة</translation>
        </message>
        <message>
            <source>No shift open</source>
            <translation>لا وردية مفتوحة</translation>
        </message>
        <message>
            <source>Sync: {n} waiting</source>
            <translation>المزامنة: {n} بالانتظار</translation>
        </message>
        <message>
            <source>Sync: up to date</source>
            <translation>المزامنة: محدّثة</translation>
        </message>
        <message>
            <source> (oldest {n} min)</source>
            <translation> (الأقدم {n} د)</translation>
        </message>
        <message>
            <source>Central: online, last sync {time}</source>
            <translation>المركز: متصل، آخر مزامنة {time}</translation>
        </message>
        <message>
            <source>Central: offline since {time} — selling continues</source>
            <translation>المركز: غير متصل منذ {time} — البيع مستمر</translation>
        </message>
        <message>
            <source>start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Central: PAUSED, needs a manager — sales stay queued</source>
            <translation>المركز: متوقف مؤقتًا، يحتاج مديرًا — المبيعات تبقى في الطابور</translation>
        </message>
        <message>
            <source>Central: not synced yet</source>
            <translation>المركز: لم تتم المزامنة بعد</translation>
        </message>
        <message>
            <source>Shopify: not set up</source>
            <translation>Shopify: غير مُعدّ</translation>
        </message>
        <message>
            <source>Shopify (demo shop)</source>
            <translation>Shopify (متجر تجريبي)</translation>
        </message>
        <message>
            <source>{name}: offline, last sync {time} — selling continues</source>
            <translation>{name}: غير متصل، آخر مزامنة {time} — البيع مستمر</translation>
        </message>
        <message>
            <source>{name}: offline — selling continues</source>
            <translation>{name}: غير متصل — البيع مستمر</translation>
        </message>
        <message>
            <source>{name}: last sync {time}</source>
            <translation>{name}: آخر مزامنة {time}</translation>
        </message>
        <message>
            <source>{name}: not synced yet</source>
            <translation>{name}: لم تتم المزامنة بعد</translation>
        </message>
        <message>
            <source>, {n} stock change(s) waiting</source>
            <translation>، {n} تغيير مخزون بالانتظار</translation>
        </message>
        <message>
            <source>, {n} need attention</source>
            <translation>، {n} يحتاج انتباهًا</translation>
        </message>
        <message>
            <source>Central database: {state}</source>
            <translation>قاعدة البيانات المركزية: {state}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source> · last sync {time}</source>
            <translation> · آخر مزامنة {time}</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>آخر خطأ: {error}</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>الطابور</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>بالانتظار</translation>
        </message>
        <message>
            <source>Oldest waiting since</source>
            <translation>الأقدم ينتظر منذ</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>يحتاج انتباهًا</translation>
        </message>
        <message>
            <source>Sync queues</source>
            <translation>طوابير المزامنة</translation>
        </message>
        <message>
            <source>Nothing has been queued yet: completed sales appear here until they reach the central database and Shopify.</source>
            <translation>لا شيء في الطابور بعد: تظهر هنا المبيعات المكتملة حتى تصل إلى قاعدة البيانات المركزية وShopify.</translation>
        </message>
        <message>
            <source>Send the {n} refused row(s) again (R)</source>
            <translation>إعادة إرسال {n} صف مرفوض (R)</translation>
        </message>
        <message>
            <source>Send refused rows again</source>
            <translation>إعادة إرسال الصفوف المرفوضة</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
</TS>
