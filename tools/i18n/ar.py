"""Arabic (ar) translations of the screens: English source text -> Arabic (Modern
Standard Arabic). The screens are laid out right to left in Arabic (ui/i18n.py).

Filled into resources/i18n/pos_app_ar.ts by tools/fill_translations.py (`make
translations`). Keep every {placeholder} and key name (F12, Esc, Enter, Ctrl+S) as is.
"""

T: dict[str, str] = {
    # ---- back office --------------------------------------------------------------------
    "{store} — back office": "{store} — الإدارة",
    "{store} · back office": "{store} · الإدارة",
    "Reading…": "جارٍ القراءة…",
    "Managers and supervisors: sign in with your PIN.":
        "المديرون والمشرفون: سجّلوا الدخول برمز PIN.",
    "Sign-in is not available here.": "تسجيل الدخول غير متاح هنا.",
    "Signed in: {role}": "تم تسجيل الدخول: {role}",
    "Commission": "العمولة",
    "Plans": "الخطط",
    "Needs review": "بحاجة إلى مراجعة",
    "Journal": "السجل",
    "Something went wrong; the error was logged.": "حدث خطأ ما؛ تم تسجيل الخطأ.",
    # ---- cart ---------------------------------------------------------------------------
    "Item": "الصنف",
    "Qty": "الكمية",
    "Price": "السعر",
    "Discount": "الخصم",
    "Line total": "إجمالي السطر",
    "Return: ": "إرجاع: ",
    "Price × quantity − discount; tax is added in the totals":
        "السعر × الكمية − الخصم؛ تُضاف الضريبة في الإجماليات",
    # ---- charts -------------------------------------------------------------------------
    "Commission by staff member": "العمولة لكل موظف",
    "Commission by staff member: top {n} of {total}":
        "العمولة لكل موظف: أعلى {n} من {total}",
    "Team commission over time": "عمولة الفريق عبر الزمن",
    "Team commission per day": "عمولة الفريق يوميًا",
    "Team commission per week": "عمولة الفريق أسبوعيًا",
    # ---- checkout -----------------------------------------------------------------------
    "Cash": "نقدًا",
    "Card": "بطاقة",
    "Store credit": "رصيد المتجر",
    "Gift card": "بطاقة هدية",
    "Refund {amount} — give cash": "استرداد {amount} — ادفع نقدًا",
    "Refund {amount} — to the card": "استرداد {amount} — إلى البطاقة",
    "Refund {amount} — as store credit": "استرداد {amount} — كرصيد في المتجر",
    "Refund {amount} — to a gift card": "استرداد {amount} — إلى بطاقة هدية",
    "Checkout": "الدفع",
    "Amount due": "المبلغ المستحق",
    "Amount handed over": "المبلغ المُسلَّم",
    "Amount to refund": "المبلغ المُسترد",
    "No payment yet": "لا دفعات بعد",
    "Nothing refunded yet": "لم يُسترد شيء بعد",
    "Tenders": "طرق الدفع",
    "Message": "رسالة",
    "Remove tender  Del": "إزالة الدفعة  Del",
    "Remove the selected tender (Del)": "إزالة الدفعة المحددة (Del)",
    "Back to sale  Esc": "العودة إلى البيع  Esc",
    "Back to the sale (Esc)": "العودة إلى البيع (Esc)",
    "Amount": "المبلغ",
    "Reference": "المرجع",
    "Complete sale  Enter": "إتمام البيع  Enter",
    "Complete the sale (Enter)": "إتمام البيع (Enter)",
    "Decimal separator": "الفاصلة العشرية",
    "Delete the last digit": "حذف آخر رقم",
    "Receipt?": "إيصال؟",
    "Print receipt": "طباعة الإيصال",
    "Print the receipt": "طباعة الإيصال",
    "No receipt": "بدون إيصال",
    "Email receipt": "إيصال بالبريد",
    "Email the receipt": "إرسال الإيصال بالبريد الإلكتروني",
    "Not available yet: email receipts need customer records":
        "غير متاح بعد: الإيصالات بالبريد تتطلب سجلات العملاء",
    "Email receipts are not available yet: the till has no customer records.":
        "الإيصالات بالبريد غير متاحة بعد: لا توجد سجلات عملاء في الصندوق.",
    "Next sale: scan the first item": "البيع التالي: امسح الصنف الأول",
    "Next customer: scan the first item": "العميل التالي: امسح الصنف الأول",
    "Save PDF  Ctrl+S": "حفظ PDF  Ctrl+S",
    "Save the receipt as PDF (Ctrl+S)": "حفظ الإيصال بصيغة PDF (Ctrl+S)",
    "Something went wrong; the sale is safe. The error was logged.":
        "حدث خطأ ما؛ البيع محفوظ. تم تسجيل الخطأ.",
    "Refunded in full": "تم الاسترداد بالكامل",
    "Paid in full": "مدفوع بالكامل",
    "Give {amount} change": "أعطِ {amount} باقيًا",
    "Enter completes the refund": "اضغط Enter لإتمام الاسترداد",
    "Enter completes the sale": "اضغط Enter لإتمام البيع",
    "To refund": "للاسترداد",
    "Still to pay": "المتبقي للدفع",
    "Change {amount}": "الباقي {amount}",
    "{amount} to go": "متبقٍ {amount}",
    "{tender}  {key}\nneeds approval": "{tender}  {key}\nيتطلب موافقة",
    "{tender}  {key}\noriginal tender": "{tender}  {key}\nطريقة الدفع الأصلية",
    "Complete refund  Enter": "إتمام الاسترداد  Enter",
    "Complete the refund (Enter)": "إتمام الاسترداد (Enter)",
    "change {amount}": "الباقي {amount}",
    "nothing left": "لا شيء متبقٍ",
    "{amount} left": "متبقٍ {amount}",
    "Cash {amount} ({key})": "نقدًا {amount} ({key})",
    "That was a scan ({code}), not an amount. To add an item, go back to the sale (Esc).":
        "كان ذلك مسحًا ({code}) وليس مبلغًا. لإضافة صنف، عُد إلى البيع (Esc).",
    "A tender of zero pays nothing": "دفعة بقيمة صفر لا تدفع شيئًا",
    "Type the amount handed over and press Enter, or choose a tender: F1 takes exactly what "
    "is due in cash.":
        "اكتب المبلغ المُسلَّم واضغط Enter، أو اختر طريقة دفع: F1 يأخذ المستحق نقدًا بالضبط.",
    "Only cash can be more than what is left ({amount})":
        "النقد وحده يمكن أن يتجاوز المتبقي ({amount})",
    "Approval code or last 4 digits (*1234)": "رمز الموافقة أو آخر 4 أرقام (*1234)",
    "{tender} {amount}: type the approval code or the card's last 4 digits, then Enter. Esc "
    "cancels.":
        "{tender} {amount}: اكتب رمز الموافقة أو آخر 4 أرقام من البطاقة ثم Enter. Esc "
        "للإلغاء.",
    "refund {amount} to {tender}": "استرداد {amount} إلى {tender}",
    "Saving…": "جارٍ الحفظ…",
    "Refund complete — receipt #{no}": "تم الاسترداد — إيصال رقم {no}",
    "Give {amount} cash": "ادفع {amount} نقدًا",
    "Refunded {amount}": "تم استرداد {amount}",
    "{amount} to {tender}": "{amount} إلى {tender}",
    "Sale complete — receipt #{no}": "تم البيع — إيصال رقم {no}",
    "No change": "لا باقي",
    "Total {total}  ·  paid {paid}": "الإجمالي {total}  ·  المدفوع {paid}",
    "Enter: {choice}. A scan starts the next sale.": "اضغط Enter: {choice}. المسح يبدأ البيع التالي.",
    "Sale complete — receipt #{no}, change {amount}":
        "تم البيع — إيصال رقم {no}، الباقي {amount}",
    "Printing failed": "فشلت الطباعة",
    "{problem}. The sale is complete; Ctrl+R reprints.":
        "{problem}. تم البيع؛ Ctrl+R يعيد الطباعة.",
    "Save receipt": "حفظ الإيصال",
    "Saved {path}": "تم الحفظ في {path}",
    # ---- commission ---------------------------------------------------------------------
    "No records behind this figure in this period.": "لا توجد سجلات وراء هذا الرقم في هذه الفترة.",
    "Export CSV…": "تصدير CSV…",
    "Close  Esc": "إغلاق  Esc",
    "No commission yet this period.\nSales by staff on a commission plan appear here as soon "
    "as they are made (and, for other terminals, synced).":
        "لا عمولة بعد في هذه الفترة.\nتظهر هنا مبيعات الموظفين المشمولين بخطة عمولة فور "
        "إتمامها (ومن الأجهزة الأخرى بعد المزامنة).",
    "Staff": "الموظفون",
    "Sales (net)": "المبيعات (صافي)",
    "Clawbacks": "الاستردادات",
    "Bonuses & tiers": "المكافآت والشرائح",
    "Tier progress": "تقدم الشريحة",
    "Bonus progress": "تقدم المكافأة",
    "Review": "مراجعة",
    "Double-click a figure to see the sales behind it ({n} lines)":
        "انقر نقرًا مزدوجًا على رقم لرؤية المبيعات وراءه ({n} سطرًا)",
    "No tiers": "بلا شرائح",
    "No bonus": "بلا مكافأة",
    "Time": "الوقت",
    "Receipt": "الإيصال",
    "Line": "السطر",
    "Kind": "النوع",
    "Status": "الحالة",
    "{n} record(s) · sales {sales} · commission {commission}":
        "{n} سجل · المبيعات {sales} · العمولة {commission}",
    "Double-click a figure to see the sales behind it":
        "انقر نقرًا مزدوجًا على رقم لرؤية المبيعات وراءه",
    "One row per staff member, for payroll": "صف لكل موظف، لكشف الرواتب",
    "Export PDF…": "تصدير PDF…",
    "Loading…": "جارٍ التحميل…",
    "Commission · {period}": "العمولة · {period}",
    "The commission report could not be read: {reason}": "تعذرت قراءة تقرير العمولة: {reason}",
    "{n} staff": "{n} موظف",
    "sales {amount}": "المبيعات {amount}",
    "commission {amount}": "العمولة {amount}",
    "clawbacks {amount}": "الاستردادات {amount}",
    "bonuses & tiers {amount}": "المكافآت والشرائح {amount}",
    "{n} record(s) need review": "{n} سجل بحاجة إلى مراجعة",
    "not shown: {what}": "غير معروض: {what}",
    "{n} record(s) in {currency}": "{n} سجل بعملة {currency}",
    "Team: {parts}": "الفريق: {parts}",
    "Export commission as {kind}": "تصدير العمولة بصيغة {kind}",
    "CSV files (*.csv)": "ملفات CSV (*.csv)",
    "PDF files (*.pdf)": "ملفات PDF (*.pdf)",
    "Export records as CSV": "تصدير السجلات بصيغة CSV",
    # ---- filters ------------------------------------------------------------------------
    "Today": "اليوم",
    "This week": "هذا الأسبوع",
    "This month": "هذا الشهر",
    "Last month": "الشهر الماضي",
    "This year": "هذا العام",
    "Custom range": "فترة مخصصة",
    "One terminal: the sales and returns rung up on it (tier and bonus progress stays "
    "store-wide). Tier adjustments and bonuses are under \"{label}\" and in \"All "
    "terminals\".":
        "جهاز واحد: المبيعات والمرتجعات المسجلة عليه (يبقى تقدم الشرائح والمكافآت على "
        "مستوى المتجر). تعديلات الشرائح والمكافآت تحت \"{label}\" وفي \"كل الأجهزة\".",
    "Store": "المتجر",
    "Terminal": "الجهاز",
    "Period": "الفترة",
    "to": "إلى",
    "Refresh  F5": "تحديث  F5",
    "Read again (and try the central database again if it was unreachable)":
        "القراءة مجددًا (وإعادة محاولة قاعدة البيانات المركزية إن تعذر الوصول إليها)",
    "Refresh": "تحديث",
    "All stores": "كل المتاجر",
    "All terminals": "كل الأجهزة",
    "All staff": "كل الموظفين",
    # ---- journal ------------------------------------------------------------------------
    "Seq": "التسلسل",
    "Action": "الإجراء",
    "Approved by": "وافق عليه",
    "Detail": "التفاصيل",
    "No journal records match.\nEvery sale, refund, void, line void, discount, price "
    "override, drawer opening, cash movement, shift, failed PIN, approval, catalog import and "
    "plan or staff change is written here as it happens.":
        "لا توجد سجلات مطابقة.\nكل بيع واسترداد وإلغاء وإلغاء سطر وخصم وتعديل سعر وفتح درج "
        "وحركة نقد ووردية ورمز PIN خاطئ وموافقة واستيراد كتالوج وتغيير خطة أو موظف يُكتب هنا "
        "فور حدوثه.",
    "Verify chain": "التحقق من السلسلة",
    "Recompute every record's MAC from the first one (as `pos-app verify-audit` does)":
        "إعادة حساب MAC لكل سجل بدءًا من الأول (كما يفعل `pos-app verify-audit`)",
    "Verifying the chain…": "جارٍ التحقق من السلسلة…",
    "Search sale, SKU, reason…": "ابحث عن بيع أو SKU أو سبب…",
    "Words in the action, staff, sale id or detail; Enter to search":
        "كلمات في الإجراء أو الموظف أو رقم البيع أو التفاصيل؛ Enter للبحث",
    "Source": "المصدر",
    "From": "من",
    "Search": "بحث",
    "All actions": "كل الإجراءات",
    "Anyone": "أي شخص",
    "The chain has not been verified yet": "لم يتم التحقق من السلسلة بعد",
    "{status}  (checked {time})": "{status}  (تم التحقق {time})",
    "The first broken record of this terminal's chain": "أول سجل تالف في سلسلة هذا الجهاز",
    "{n} record(s) (the newest shown; narrow the filter to see older ones) · newest first · "
    "records cannot be changed or deleted":
        "{n} سجل (تُعرض الأحدث؛ ضيّق التصفية لرؤية الأقدم) · الأحدث أولًا · لا يمكن تغيير "
        "السجلات أو حذفها",
    "{n} record(s) · newest first · records cannot be changed or deleted":
        "{n} سجل · الأحدث أولًا · لا يمكن تغيير السجلات أو حذفها",
    # ---- sign-in ------------------------------------------------------------------------
    "Sign in first: that was a scan, not a PIN. Choose your name and type your PIN, then "
    "scan.":
        "سجّل الدخول أولًا: كان ذلك مسحًا وليس رمز PIN. اختر اسمك واكتب رمزك ثم امسح.",
    "Sign in": "تسجيل الدخول",
    "Choose your name, then type your PIN": "اختر اسمك ثم اكتب رمز PIN",
    "DEMO STORE: nothing here is a real sale. Demo PINs:":
        "متجر تجريبي: لا شيء هنا بيع حقيقي. رموز التجربة:",
    "Sign-in message": "رسالة تسجيل الدخول",
    "Manager unlock…": "فتح القفل بواسطة المدير…",
    "Manager unlock": "فتح القفل بواسطة المدير",
    "A manager enters their PIN to let the chosen person try again":
        "يُدخل المدير رمزه ليسمح للشخص المختار بالمحاولة مجددًا",
    "Signing in: {name}": "تسجيل دخول: {name}",
    "You can try your PIN again now": "يمكنك تجربة رمزك مجددًا الآن",
    "{n} s": "{n} ث",
    "{n} min": "{n} د",
    "Too many wrong PINs; try again in {wait}": "رموز خاطئة كثيرة؛ حاول مجددًا بعد {wait}",
    "Choose your name first: click it, or type its first letters or use the arrow keys":
        "اختر اسمك أولًا: انقر عليه، أو اكتب أحرفه الأولى، أو استخدم مفاتيح الأسهم",
    "Type your PIN": "اكتب رمز PIN",
    "Checking…": "جارٍ التحقق…",
    "this person": "هذا الشخص",
    "unlock {name}": "فتح قفل {name}",
    "Not unlocked: {reason}": "لم يُفتح القفل: {reason}",
    "the error was logged.": "تم تسجيل الخطأ.",
    # ---- plans --------------------------------------------------------------------------
    "% of sales": "% من المبيعات",
    "Fixed per unit": "مبلغ ثابت لكل وحدة",
    "Sales value": "قيمة المبيعات",
    "Units": "الوحدات",
    "Marginal (each band at its rate)": "هامشي (كل شريحة بنسبتها)",
    "Whole period (all at the tier reached)": "الفترة كاملة (الكل بنسبة الشريحة المحققة)",
    "SKU": "SKU",
    "Collection": "المجموعة",
    "Product\ntype": "نوع\nالمنتج",
    "Role": "الدور",
    "Remove selected": "إزالة المحدد",
    "No plans yet. A new one is open on the right: name it, give it a rate, save.":
        "لا توجد خطط بعد. هناك خطة جديدة مفتوحة: سمّها، حدد نسبة، ثم احفظ.",
    "New plan": "خطة جديدة",
    "Reload plan": "إعادة تحميل الخطة",
    "Preview": "معاينة",
    "What this plan would have paid, next to what was paid (nothing is saved)":
        "ما كانت هذه الخطة ستدفعه بجانب ما دُفع (لا يُحفظ شيء)",
    "Save plan  Ctrl+S": "حفظ الخطة  Ctrl+S",
    "Plan": "الخطة",
    "e.g. Floor staff 2027": "مثال: موظفو الصالة 2027",
    "made from the name": "يُشتق من الاسم",
    "Month": "شهر",
    "Week (Monday first)": "أسبوع (يبدأ الاثنين)",
    "Ends on": "ينتهي في",
    "Everyone (or names, separated by commas)": "الجميع (أو أسماء مفصولة بفواصل)",
    "Name": "الاسم",
    "Id": "المعرّف",
    "Currency": "العملة",
    "Starts": "يبدأ",
    "(none ticked: every role)": "(بلا تحديد: كل الأدوار)",
    "Roles": "الأدوار",
    "Rates": "النسب",
    "Rate": "النسبة",
    "Add rate": "إضافة نسبة",
    "The most specific matching row pays (SKU, then collection, then product type; then "
    "staff member, then role). Empty cells match anything.":
        "يدفع الصف المطابق الأكثر تحديدًا (SKU ثم المجموعة ثم نوع المنتج؛ ثم الموظف ثم "
        "الدور). الخلايا الفارغة تطابق أي شيء.",
    "Spiffs (a fixed amount per unit, on top of the rate)":
        "حوافز (مبلغ ثابت لكل وحدة، فوق النسبة)",
    "Amount\nper unit": "المبلغ\nلكل وحدة",
    "Add spiff": "إضافة حافز",
    "Tiers": "الشرائح",
    "Pay a tiered rate on the period's sales": "دفع نسبة متدرجة على مبيعات الفترة",
    "by": "حسب",
    "From (sales value or units)": "من (قيمة المبيعات أو الوحدات)",
    "Rate %": "النسبة %",
    "Add tier": "إضافة شريحة",
    "The first tier starts at 0; each next one starts higher.":
        "الشريحة الأولى تبدأ من 0؛ وكل شريحة تالية تبدأ أعلى.",
    "Bonuses (paid once the period reaches a threshold)":
        "المكافآت (تُدفع عند بلوغ الفترة حدًا معينًا)",
    "Measure": "المقياس",
    "Threshold": "الحد",
    "Bonus amount": "مبلغ المكافأة",
    "Add bonus": "إضافة مكافأة",
    "Press Preview to see what this plan would have paid last period, next to what was paid. "
    "Nothing is saved.":
        "اضغط معاينة لترى ما كانت هذه الخطة ستدفعه في الفترة الماضية بجانب ما دُفع. لا يُحفظ "
        "شيء.",
    "Paid": "المدفوع",
    "Would pay": "ستدفع",
    "Difference": "الفرق",
    "Only a manager or owner can change commission plans.":
        "لا يغيّر خطط العمولة إلا المدير أو المالك.",
    "store {store}": "المتجر {store}",
    "all stores": "كل المتاجر",
    " to {date}": " حتى {date}",
    "{name}\nversion {version} · {scope}\nfrom {date}{until}":
        "{name}\nالإصدار {version} · {scope}\nمن {date}{until}",
    "Editing “{name}”, version {version}.": "تحرير «{name}»، الإصدار {version}.",
    "A new plan: give it a name and at least one rate, spiff, tier or bonus.":
        "خطة جديدة: أعطها اسمًا ونسبة أو حافزًا أو شريحة أو مكافأة واحدة على الأقل.",
    "Not saved: fix the fields marked in red.": "لم يُحفظ: صحّح الحقول المعلّمة بالأحمر.",
    "Not saved: a plan with the id “{id}” already exists. Choose another id.":
        "لم يُحفظ: توجد خطة بالمعرّف «{id}». اختر معرّفًا آخر.",
    "Not saved: someone else saved “{name}” while you were editing (you started from version "
    "{expected}; it is now version {actual}). Reload it to see their changes, then make "
    "yours again.":
        "لم يُحفظ: حفظ شخص آخر «{name}» أثناء تحريرك (بدأت من الإصدار {expected}؛ وهو الآن "
        "الإصدار {actual}). أعد تحميلها لترى تغييراته ثم أعد تغييراتك.",
    "Not saved: {reason}": "لم يُحفظ: {reason}",
    "Saved “{name}” as version {version}. Terminals pick it up at their next sync.":
        "تم حفظ «{name}» كإصدار {version}. تستلمها الأجهزة في المزامنة التالية.",
    "Last period ({period})": "الفترة السابقة ({period})",
    "This period so far ({period})": "هذه الفترة حتى الآن ({period})",
    "Cannot preview: fix the fields marked in red.":
        "تتعذر المعاينة: صحّح الحقول المعلّمة بالأحمر.",
    "Working out what “{name}” would have paid in {period}…":
        "جارٍ حساب ما كانت «{name}» ستدفعه في {period}…",
    "central database": "قاعدة البيانات المركزية",
    "this terminal only": "هذا الجهاز فقط",
    "What “{name}” would have paid in {period} ({source}), next to what was paid. Nothing "
    "was saved.":
        "ما كانت «{name}» ستدفعه في {period} ({source}) بجانب ما دُفع. لم يُحفظ شيء.",
    "Total": "الإجمالي",
    "Nobody this plan covers sold anything in {period}.":
        "لم يبع أحد ممن تشملهم هذه الخطة شيئًا في {period}.",
    "Previewed against {period}.": "تمت المعاينة على {period}.",
    # ---- review -------------------------------------------------------------------------
    "Nothing needs review.\nA sale whose commission cannot be worked out (no plan covers the "
    "seller, or a plan is broken) still completes; its records wait here until a plan covers "
    "them.":
        "لا شيء بحاجة إلى مراجعة.\nالبيع الذي تتعذر حساب عمولته (لا خطة تشمل البائع أو "
        "الخطة معطوبة) يكتمل رغم ذلك؛ وتنتظر سجلاته هنا حتى تشملها خطة.",
    "Why": "السبب",
    "Recalculate with current plans": "إعادة الحساب بالخطط الحالية",
    "Work out these records again with the plans this terminal has now (after a plan was "
    "fixed and pulled)":
        "إعادة حساب هذه السجلات بالخطط الموجودة الآن على هذا الجهاز (بعد تصحيح خطة "
        "وجلبها)",
    "Every record waiting for review, whatever the period, for the store, terminal and staff "
    "chosen above.":
        "كل سجل ينتظر المراجعة، أيًا كانت الفترة، للمتجر والجهاز والموظفين المختارين أعلاه.",
    "needs review": "بحاجة إلى مراجعة",
    "Recalculated: {n} record(s) fixed": "تمت إعادة الحساب: تم تصحيح {n} سجل",
    # ---- sale ---------------------------------------------------------------------------
    "Cart": "السلة",
    "Scan an item or type to search. 3* then scan sells three.":
        "امسح صنفًا أو اكتب للبحث. ‎3*‎ ثم المسح يبيع ثلاثة.",
    "Remove": "إزالة",
    "Hold": "تعليق",
    "Held": "المعلّقة",
    "Void": "إلغاء",
    "Return": "إرجاع",
    "Shift": "الوردية",
    "Stock": "المخزون",
    "Sign out": "خروج",
    "Stock count (F11); stock needing attention (Shift+F11)":
        "جرد المخزون (F11)؛ مخزون يحتاج انتباهًا (Shift+F11)",
    "Scan or type barcode, SKU or name": "امسح أو اكتب الباركود أو SKU أو الاسم",
    "Scan or search": "مسح أو بحث",
    "Search results": "نتائج البحث",
    "Pay  F12": "الدفع  F12",
    "Pay (F12)": "الدفع (F12)",
    "Subtotal": "المجموع الفرعي",
    "Discounts": "الخصومات",
    "Refund  F12": "استرداد  F12",
    "Refund (F12)": "استرداد (F12)",
    "No products yet: import a catalog or sync with Shopify.":
        "لا توجد منتجات بعد: استورد كتالوجًا أو زامن مع Shopify.",
    "Nothing matches “{text}”": "لا شيء يطابق «{text}»",
    "Check the spelling, or scan the item": "تحقق من الإملاء أو امسح الصنف",
    "{product}: choose a variant (↑ ↓ then Enter, or touch it)":
        "{product}: اختر نوعًا (↑ ↓ ثم Enter، أو المسه)",
    "from {price}": "من {price}",
    "{n} variants — Enter to choose": "{n} أنواع — Enter للاختيار",
    "{n} in stock": "{n} في المخزون",
    "Barcode {code} did not scan right (wrong check digit) — scan it again or type the number":
        "لم يُقرأ الباركود {code} جيدًا (رقم تحقق خاطئ) — امسحه مجددًا أو اكتب الرقم",
    "“{code}” is not a barcode or SKU we can read — scan it again or search by name":
        "«{code}» ليس باركودًا أو SKU مقروءًا — امسحه مجددًا أو ابحث بالاسم",
    "No product with barcode {code} — check the number or search by name":
        "لا يوجد منتج بالباركود {code} — تحقق من الرقم أو ابحث بالاسم",
    "No product with SKU or code {code} — check it or search by name":
        "لا يوجد منتج بـ SKU أو الرمز {code} — تحقق منه أو ابحث بالاسم",
    "1 item": "صنف واحد",
    "{n} items": "{n} أصناف",
    "{n} returned": "{n} مُرجَع",
    # ---- shift --------------------------------------------------------------------------
    "Cash in drawer": "النقد في الدرج",
    "Card terminal batch": "دفعة جهاز البطاقات",
    "Gift cards": "بطاقات الهدايا",
    "Not an amount: {text}": "ليس مبلغًا: {text}",
    "Print": "طباعة",
    "Print the report": "طباعة التقرير",
    "Open shift": "فتح الوردية",
    "Open the shift: count the float in the drawer": "افتح الوردية: عُدّ رصيد الدرج الافتتاحي",
    "Float, e.g. {amount}": "الرصيد الافتتاحي، مثال {amount}",
    "Opening float": "الرصيد الافتتاحي",
    "Open shift (Enter)": "فتح الوردية (Enter)",
    "Could not open the shift": "تعذر فتح الوردية",
    "Shift open since {time} by {name}": "الوردية مفتوحة منذ {time} بواسطة {name}",
    "No shift is open": "لا توجد وردية مفتوحة",
    "Cash in or out amount": "مبلغ الإيداع أو السحب",
    "Reason (e.g. change from bank, supplier paid)": "السبب (مثال: فكة من البنك، دفع لمورد)",
    "Reason": "السبب",
    "Cash in": "إيداع نقدي",
    "Cash out": "سحب نقدي",
    "X report": "تقرير X",
    "Close the shift: count each tender. Expected amounts are not shown (blind count).":
        "أغلق الوردية: عُدّ كل طريقة دفع. لا تُعرض المبالغ المتوقعة (عدّ أعمى).",
    "Counted amount": "المبلغ المعدود",
    "Close shift and print Z report": "إغلاق الوردية وطباعة تقرير Z",
    "Back (Esc)": "رجوع (Esc)",
    "Close (Esc)": "إغلاق (Esc)",
    "Close the report": "إغلاق التقرير",
    "Print (Ctrl+P)": "طباعة (Ctrl+P)",
    "Cash in (F2)": "إيداع نقدي (F2)",
    "Cash out (F3)": "سحب نقدي (F3)",
    "X report (F4)": "تقرير X (F4)",
    "Close shift and print Z report (F12)": "إغلاق الوردية وطباعة تقرير Z (F12)",
    "Back": "رجوع",
    "That did not work; logged.": "لم ينجح ذلك؛ تم التسجيل.",
    "Cash out recorded": "تم تسجيل السحب النقدي",
    "Cash in recorded": "تم تسجيل الإيداع النقدي",
    "cash out {amount} ({reason})": "سحب نقدي {amount} ({reason})",
    "no reason": "بلا سبب",
    "Count {tender} first": "عُدّ {tender} أولًا",
    "Z report": "تقرير Z",
    # ---- stock --------------------------------------------------------------------------
    "What happened": "ماذا حدث",
    "When": "متى",
    "Shopify is not set up on this terminal: there is no stock to reconcile.":
        "لم يُعدّ Shopify على هذا الجهاز: لا يوجد مخزون للتسوية.",
    "Nothing needs attention. Oversells after offline periods, counts that Shopify moved "
    "meanwhile, unknown SKUs and stock changes Shopify refused appear here.":
        "لا شيء يحتاج انتباهًا. يظهر هنا البيع الزائد بعد فترات انقطاع الاتصال، والجرد الذي "
        "غيّره Shopify في الأثناء، وأرقام SKU المجهولة، وتغييرات المخزون التي رفضها Shopify.",
    "Stock needing attention": "مخزون يحتاج انتباهًا",
    "Look into each item (recount the shelf, check the online order), then resolve it. "
    "Resolved items leave this list and stay in the audit log. A stock change Shopify "
    "refused: fix the cause in Shopify and press Send again, or resolve it if you put the "
    "stock right in Shopify yourself (it is then never sent).":
        "افحص كل بند (أعد عدّ الرف، تحقق من الطلب الإلكتروني) ثم عالجه. البنود المعالجة "
        "تخرج من هذه القائمة وتبقى في سجل التدقيق. تغيير مخزون رفضه Shopify: أصلح السبب في Shopify واضغط "
        "إعادة الإرسال، أو عالجه إن كنت صححت المخزون في Shopify بنفسك (فلا يُرسَل أبدًا).",
    "stock attention list": "قائمة المخزون الذي يحتاج انتباهًا",
    "Resolve selected  Enter": "معالجة المحدد  Enter",
    "Resolve selected": "معالجة المحدد",
    "Send again  Ctrl+R": "إعادة الإرسال  Ctrl+R",
    "Send again": "إعادة الإرسال",
    "Once the cause is fixed in Shopify, send every stock change it set aside again, with "
    "the next sync":
        "بعد إصلاح السبب في Shopify، أعد إرسال كل تغييرات المخزون التي أجّلها، مع المزامنة "
        "التالية",
    "Nothing to send again: no stock change is set aside any more.":
        "لا شيء لإعادة إرساله: لم يعد هناك أي تغيير مخزون مؤجل.",
    "Sent again: 1 stock change. It goes to Shopify with the next sync.":
        "أُعيد الإرسال: تغيير مخزون واحد. يصل إلى Shopify مع المزامنة التالية.",
    "Sent again: {n} stock changes. They go to Shopify with the next sync.":
        "أُعيد الإرسال: عدد تغييرات المخزون {n}. تصل إلى Shopify مع المزامنة التالية.",
    "Close": "إغلاق",
    "Managers only: enter a manager PIN to see the list.":
        "للمديرين فقط: أدخل رمز PIN لمدير لرؤية القائمة.",
    "Resolved: {what} for {sku}": "تمت المعالجة: {what} لـ {sku}",
    "Resolved: {what}": "تمت المعالجة: {what}",
    "Counted": "المعدود",
    "Sellable": "القابل للبيع",
    "Shopify is not set up on this terminal. Counts are recorded against Shopify's stock, so "
    "they cannot be taken here; ask a manager to set up [shopify] in the terminal's config.":
        "لم يُعدّ Shopify على هذا الجهاز. يُسجَّل الجرد مقابل مخزون Shopify لذا لا يمكن "
        "إجراؤه هنا؛ اطلب من المدير إعداد [shopify] في إعدادات الجهاز.",
    "Something went wrong; nothing was lost. The error was logged.":
        "حدث خطأ ما؛ لم يُفقد شيء. تم تسجيل الخطأ.",
    "unknown — not yet synced": "غير معروف — لم تتم المزامنة بعد",
    "unknown — Shopify not set up": "غير معروف — Shopify غير مُعدّ",
    "Manager approval: {what}": "موافقة المدير: {what}",
    "Manager approval: {what}. Choose who approves; they type their PIN, then Enter.":
        "موافقة المدير: {what}. اختر من يوافق؛ يكتب رمزه ثم Enter.",
    "Approver": "المُوافِق",
    "Approver's PIN": "رمز PIN للمُوافِق",
    "Stock count": "جرد المخزون",
    "Checking the connection to Shopify…": "جارٍ التحقق من الاتصال بـ Shopify…",
    "Scan or type barcode or SKU, then Enter": "امسح أو اكتب الباركود أو SKU ثم Enter",
    "Item barcode or SKU": "باركود الصنف أو SKU",
    "No item yet: scan the shelf label or the product.": "لا صنف بعد: امسح ملصق الرف أو المنتج.",
    "On the shelf": "على الرف",
    "Units counted, then Enter": "الوحدات المعدودة ثم Enter",
    "Units on the shelf": "الوحدات على الرف",
    "Record count  Enter": "تسجيل الجرد  Enter",
    "count stock": "جرد المخزون",
    "Items counted in this sitting": "الأصناف المعدودة في هذه الجلسة",
    "Items counted in this sitting appear here.": "تظهر هنا الأصناف المعدودة في هذه الجلسة.",
    "Needs attention  Shift+F11": "يحتاج انتباهًا  Shift+F11",
    "Shopify is reachable: counts go to Shopify at the next sync, against what it had when "
    "you counted.":
        "يمكن الوصول إلى Shopify: يُرسل الجرد إلى Shopify في المزامنة التالية، مقابل ما كان لديه وقت "
        "العدّ.",
    "Shopify is not reachable right now. Counting still works: counts are kept here and will "
    "be sent when Shopify is reachable, as the difference to what this terminal expected.":
        "لا يمكن الوصول إلى Shopify الآن. الجرد ما زال يعمل: يُحفظ هنا ويُرسل عند توفر Shopify، كفرق "
        "عمّا توقعه هذا الجهاز.",
    "{n} stock change(s) waiting for Shopify": "{n} تغيير مخزون بانتظار Shopify",
    "Nothing waiting for Shopify": "لا شيء بانتظار Shopify",
    "Needs attention ({n})  Shift+F11": "يحتاج انتباهًا ({n})  Shift+F11",
    "Scan or type an item first": "امسح أو اكتب صنفًا أولًا",
    "SKU {sku}": "SKU {sku}",
    " · barcode {barcode}": " · الباركود {barcode}",
    " · sellable here (estimate): {n}": " · قابل للبيع هنا (تقدير): {n}",
    "{title} is not stock-tracked in Shopify; there is nothing to count.":
        "{title} لا يُتتبع مخزونه في Shopify؛ لا يوجد ما يُعدّ.",
    "No count recorded for {title}; looking up the scanned code.":
        "لم يُسجَّل جرد لـ {title}؛ جارٍ البحث عن الرمز الممسوح.",
    "Type the number of units on the shelf as a whole number, e.g. 12 (not {text})":
        "اكتب عدد الوحدات على الرف كعدد صحيح، مثال 12 (وليس {text})",
    "Type how many are on the shelf (0 if it is empty)": "اكتب العدد على الرف (0 إن كان فارغًا)",
    "Recorded: {n} × {title}. It goes to Shopify at the next sync.":
        "تم التسجيل: {n} × {title}. يُرسل إلى Shopify في المزامنة التالية.",
    "Recorded: {n} × {title}. Shopify is not reachable: it will be sent when Shopify is "
    "reachable.":
        "تم التسجيل: {n} × {title}. Shopify غير متاح: سيُرسل عند توفره.",
    "Next item: scan or type its barcode or SKU.": "الصنف التالي: امسح أو اكتب الباركود أو SKU.",
    "{reason}. Nothing was recorded yet.": "{reason}. لم يُسجَّل شيء بعد.",
    "Counting with manager approval": "الجرد بموافقة المدير",
    "Recorded · sent at next sync": "مسجَّل · يُرسل في المزامنة التالية",
    "Pending · sent when Shopify is reachable": "معلّق · يُرسل عند توفر Shopify",
    # ---- window and status bar ----------------------------------------------------------
    "{store} — terminal {terminal}": "{store} — الجهاز {terminal}",
    "Signed out": "تم تسجيل الخروج",
    "Terminal {terminal}": "الجهاز {terminal}",
    "Open the sync status": "فتح حالة المزامنة",
    "Sync status": "حالة المزامنة",
    "Shopify status": "حالة Shopify",
    "Central database status": "حالة قاعدة البيانات المركزية",
    "Sign-in failed; the error was logged.": "فشل تسجيل الدخول؛ تم تسجيل الخطأ.",
    "Cashier: {name}": "الكاشير: {name}",
    "Locked. Sign in to continue; the open sale is kept.":
        "مقفل. سجّل الدخول للمتابعة؛ البيع المفتوح محفوظ.",
    "Status unavailable": "الحالة غير متاحة",
    "Shift open": "الوردية مفتوحة",
    "No shift open": "لا وردية مفتوحة",
    "Sync: {n} waiting": "المزامنة: {n} بالانتظار",
    "Sync: up to date": "المزامنة: محدّثة",
    " (oldest {n} min)": " (الأقدم {n} د)",
    "Central: online, last sync {time}": "المركز: متصل، آخر مزامنة {time}",
    "Central: offline since {time} — selling continues":
        "المركز: غير متصل منذ {time} — البيع مستمر",
    "start": "البداية",
    "Central: PAUSED, needs a manager — sales stay queued":
        "المركز: متوقف مؤقتًا، يحتاج مديرًا — المبيعات تبقى في الطابور",
    "Central: not synced yet": "المركز: لم تتم المزامنة بعد",
    "Shopify: not set up": "Shopify: غير مُعدّ",
    "Shopify (demo shop)": "Shopify (متجر تجريبي)",
    "{name}: offline, last sync {time} — selling continues":
        "{name}: غير متصل، آخر مزامنة {time} — البيع مستمر",
    "{name}: offline — selling continues": "{name}: غير متصل — البيع مستمر",
    "{name}: last sync {time}": "{name}: آخر مزامنة {time}",
    "{name}: not synced yet": "{name}: لم تتم المزامنة بعد",
    ", {n} stock change(s) waiting": "، {n} تغيير مخزون بالانتظار",
    ", {n} need attention": "، {n} يحتاج انتباهًا",
    "Central database: {state}": "قاعدة البيانات المركزية: {state}",
    "unknown": "غير معروف",
    " · last sync {time}": " · آخر مزامنة {time}",
    "Last error: {error}": "آخر خطأ: {error}",
    "Queue": "الطابور",
    "Waiting": "بالانتظار",
    "Oldest waiting since": "الأقدم ينتظر منذ",
    "Needs attention": "يحتاج انتباهًا",
    "Sync queues": "طوابير المزامنة",
    "Nothing has been queued yet: completed sales appear here until they reach the central "
    "database and Shopify.":
        "لا شيء في الطابور بعد: تظهر هنا المبيعات المكتملة حتى تصل إلى قاعدة البيانات "
        "المركزية وShopify.",
    # ---- checkout, later strings
    'Clear what was typed':
        'مسح ما كُتب',
    'Enter completes. Del removes the selected tender (Up/Down choose it).':
        'اضغط Enter للإتمام. Del يزيل الدفعة المحددة (الأسهم لاختيارها).',
    'Enter refunds it to {tender}, as it was paid. Another tender needs a supervisor.':
        'اضغط Enter لاستردادها إلى {tender} كما دُفعت. طريقة دفع أخرى تتطلب مشرفًا.',
    'Type the amount handed over and press Enter for cash, or choose a tender (F1-F4).':
        'اكتب المبلغ المُسلَّم واضغط Enter للدفع نقدًا، أو اختر طريقة دفع (F1-F4).',
    'Reference: after Card, Store credit or Gift card':
        'المرجع: بعد البطاقة أو رصيد المتجر أو بطاقة الهدية',
    # ---- checkout, later strings (2)
    'The drawer did not answer':
        'لم يستجب الدرج',
    '{problem}: the drawer did not open. The sale is complete.':
        '{problem}: لم يُفتح الدرج. تم البيع.',
    'The default: Enter':
        'الافتراضي: Enter',
    # ---- sync status
    'Send the {n} refused row(s) again (R)':
        'إعادة إرسال {n} صف مرفوض (R)',
    'Send refused rows again':
        'إعادة إرسال الصفوف المرفوضة',
    # ---- the commission line (services/counter.py)
    'This sale: commission needs review (a manager will check)':
        'هذا البيع: العمولة بحاجة إلى مراجعة (سيتحقق منها مدير)',
    'This sale {amount}':
        'هذا البيع {amount}',
    ' (of {amount} shared)':
        ' (من {amount} مشتركة)',
    '{n} units':
        '{n} وحدة',
    'tier {tier}/{tiers}, {amount} to tier {next}':
        'الشريحة {tier}/{tiers}، {amount} حتى الشريحة {next}',
    'top tier ({tiers}/{tiers})':
        'أعلى شريحة ({tiers}/{tiers})',
    '{amount} to a {bonus} bonus':
        '{amount} حتى مكافأة {bonus}',
    'bonus {amount} earned':
        'مكافأة {amount} مكتسبة',
    'this till only':
        'هذا الصندوق فقط',
    # ---- receipts (services/receipts.py)
    'POST-VOID of receipt {no}':
        'إلغاء لاحق للإيصال {no}',
    'POST-VOID':
        'إلغاء لاحق',
    'RETURN':
        'إرجاع',
    'EXCHANGE':
        'استبدال',
    '{tender} refund':
        'استرداد {tender}',
    'Thank you!':
        'شكرًا لكم!',
    'REPRINT':
        'نسخة مكررة',
    'Receipt {no}':
        'إيصال {no}',
    'RETURN of receipt {no}':
        'إرجاع من الإيصال {no}',
    'REFUND':
        'استرداد',
    'TOTAL':
        'الإجمالي',
    'incl. {tax}':
        'شامل {tax}',
    'Cash rounding':
        'تقريب النقد',
    'CHANGE':
        'الباقي',
    # ---- X/Z reports (services/report_text.py) and the staff screen
    'Over':
        'زيادة',
    'Short':
        'عجز',
    'Balanced':
        'متوازن',
    'Opened':
        'فُتحت',
    'Opened by':
        'فتحها',
    'Closed':
        'أُغلقت',
    'Closed by':
        'أغلقها',
    'Printed':
        'طُبع',
    'Shift ref.':
        'مرجع الوردية',
    'SALES':
        'المبيعات',
    'Transactions':
        'العمليات',
    'Sales':
        'المبيعات',
    'With returns':
        'مع مرتجعات',
    'Voided before payment':
        'أُلغيت قبل الدفع',
    'Lines voided':
        'أسطر ملغاة',
    'Lines voided, value':
        'قيمة الأسطر الملغاة',
    'Items sold':
        'الأصناف المباعة',
    'Items returned':
        'الأصناف المرتجعة',
    'Gross sales':
        'إجمالي المبيعات',
    'Refunds':
        'الاستردادات',
    'Net sales':
        'صافي المبيعات',
    'Tax added':
        'الضريبة المضافة',
    'Sales total':
        'مجموع المبيعات',
    'TAX BY RATE':
        'الضريبة حسب النسبة',
    'No tax':
        'لا ضريبة',
    'Total tax':
        'إجمالي الضريبة',
    'Tax is included in the prices above':
        'الضريبة مشمولة في الأسعار أعلاه',
    'TAKINGS BY TENDER':
        'المقبوضات حسب طريقة الدفع',
    'Refunded ({n})':
        'مسترد ({n})',
    'Net {tender}':
        'صافي {tender}',
    'Total takings':
        'إجمالي المقبوضات',
    'Rounding':
        'التقريب',
    'CASH DRAWER':
        'درج النقد',
    'Cash payments (net)':
        'المدفوعات النقدية (صافي)',
    'Paid in':
        'إيداعات',
    'Paid out':
        'سحوبات',
    'Expected in drawer':
        'المتوقع في الدرج',
    'PAID IN / PAID OUT':
        'الإيداعات / السحوبات',
    'In':
        'إيداع',
    'Out':
        'سحب',
    'X REPORT':
        'تقرير X',
    'Shift still open - not a closing report':
        'الوردية ما زالت مفتوحة - ليس تقرير إغلاق',
    'EXPECTED BY TENDER':
        'المتوقع حسب طريقة الدفع',
    'Expected':
        'المتوقع',
    'Z REPORT No. {n}':
        'تقرير Z رقم {n}',
    'CLOSING COUNT (BLIND)':
        'عدّ الإغلاق (أعمى)',
    'Total expected':
        'إجمالي المتوقع',
    'Total counted':
        'إجمالي المعدود',
    'Total {variance}':
        'إجمالي {variance}',
    'Cash counted less float':
        'النقد المعدود ناقص الرصيد الافتتاحي',
    'END OF Z REPORT No. {n}':
        'نهاية تقرير Z رقم {n}',
    'No Z reports yet':
        'لا توجد تقارير Z بعد',
    'Z {n}':
        'Z {n}',
    'Nobody here yet.\nAdd the people who sell and approve (Ctrl+N): each gets a PIN, and signs in on every till of the store after its next sync.':
        'لا أحد هنا بعد.\nأضف من يبيعون ويوافقون (Ctrl+N): يحصل كل منهم على رمز PIN ويسجّل الدخول في كل صناديق المتجر بعد المزامنة التالية.',
    'Cashier':
        'كاشير',
    'Supervisor':
        'مشرف',
    'Manager':
        'مدير',
    'Owner':
        'مالك',
    'New PIN ({low} to {high} digits)':
        'رمز PIN جديد (من {low} إلى {high} أرقام)',
    'New PIN':
        'رمز PIN جديد',
    'That was a scan, not a PIN: type the PIN':
        'كان ذلك مسحًا وليس رمزًا: اكتب رمز PIN',
    'A PIN is {low} to {high} digits':
        'رمز PIN من {low} إلى {high} أرقام',
    'Type the same PIN again':
        'اكتب الرمز نفسه مرة أخرى',
    'The two PINs were not the same; type the new PIN again':
        'الرمزان غير متطابقين؛ اكتب الرمز الجديد مرة أخرى',
    'Name, as the sign-in list shows it':
        'الاسم كما يظهر في قائمة تسجيل الدخول',
    'Save (Enter)':
        'حفظ (Enter)',
    'Next (Enter)':
        'التالي (Enter)',
    'Save':
        'حفظ',
    'Cancel (Esc)':
        'إلغاء (Esc)',
    'Cancel':
        'إلغاء',
    "Type the person's name first":
        'اكتب اسم الشخص أولًا',
    'Show leavers (Ctrl+L)':
        'عرض المغادرين (Ctrl+L)',
    'Show leavers':
        'عرض المغادرين',
    'Add (Ctrl+N)':
        'إضافة (Ctrl+N)',
    'Add a person':
        'إضافة شخص',
    'Change PIN (Ctrl+P)':
        'تغيير الرمز (Ctrl+P)',
    'Change PIN':
        'تغيير الرمز',
    'Role (Ctrl+R)':
        'الدور (Ctrl+R)',
    'Change role':
        'تغيير الدور',
    'Deactivate (Del)':
        'تعطيل (Del)',
    'Deactivate':
        'تعطيل',
    'Bring back (Ctrl+B)':
        'إعادة (Ctrl+B)',
    'Bring back':
        'إعادة',
    "Changes reach the store's other tills at their next sync; a deactivated person is refused on this till at once.":
        'تصل التغييرات إلى صناديق المتجر الأخرى في مزامنتها التالية؛ ويُرفض الشخص المعطَّل على هذا الصندوق فورًا.',
    'Deactivated':
        'معطَّل',
    'No PIN yet':
        'لا رمز بعد',
    'Active':
        'نشط',
    "{name} added: they sign in here now, and on the store's other tills after their next sync.":
        'تمت إضافة {name}: يسجّل الدخول هنا الآن، وفي صناديق المتجر الأخرى بعد مزامنتها التالية.',
    'New PIN for {name}':
        'رمز جديد لـ {name}',
    '{name} has a new PIN.':
        'لدى {name} رمز جديد.',
    'Role of {name}':
        'دور {name}',
    '{name} is now: {role}.':
        '{name} الآن: {role}.',
    'Deactivate {name}?':
        'تعطيل {name}؟',
    "They cannot sign in on this till from now, nor on the store's other tills after their next sync. Their name stays on past sales.":
        'لن يتمكن من تسجيل الدخول على هذا الصندوق من الآن، ولا على صناديق المتجر الأخرى بعد مزامنتها التالية. يبقى اسمه على المبيعات السابقة.',
    'Deactivate (Enter)':
        'تعطيل (Enter)',
    '{name} is deactivated.':
        'تم تعطيل {name}.',
    'Bring back {name}, with a new PIN':
        'إعادة {name} برمز جديد',
    '{name} is back.':
        'عاد {name}.',
    'Confirm':
        'تأكيد',
    # ---- returns
    ' (till {till})':
        ' (الصندوق {till})',
    'Add the refund to the sale':
        'إضافة الاسترداد إلى البيع',
    'Adding the return…':
        'جارٍ إضافة الإرجاع…',
    'Cancel the return':
        'إلغاء الإرجاع',
    'Choose why it comes back (F1…)':
        'اختر سبب الإرجاع (F1…)',
    'Choose why {title} comes back (F1…)':
        'اختر سبب إرجاع {title} (F1…)',
    'Could not look up the receipt; the error was logged.':
        'تعذر البحث عن الإيصال؛ تم تسجيل الخطأ.',
    'Date and time':
        'التاريخ والوقت',
    'Day':
        'اليوم',
    'Day of the sale':
        'يوم البيع',
    'Esc  Cancel':
        'Esc  إلغاء',
    'Everything on receipt #{no} was already returned':
        'كل ما في الإيصال رقم {no} أُرجع سابقًا',
    'F10  No receipt':
        'F10  بدون إيصال',
    'F9  Restock: no':
        'F9  إعادة للمخزون: لا',
    'F9  Restock: yes':
        'F9  إعادة للمخزون: نعم',
    'Find  Enter':
        'بحث  Enter',
    'Find by time':
        'البحث بالوقت',
    'Find by total':
        'البحث بالإجمالي',
    'Find sales by day and time':
        'البحث عن المبيعات باليوم والوقت',
    'Find sales by their total':
        'البحث عن المبيعات بإجماليها',
    'Find the receipt':
        'البحث عن الإيصال',
    'Finding sales…':
        'جارٍ البحث عن المبيعات…',
    'From time':
        'من الساعة',
    'Item to return':
        'الصنف المُرجَع',
    'Lines of the receipt':
        'أسطر الإيصال',
    'Looking up receipt {ref}…':
        'جارٍ البحث عن الإيصال {ref}…',
    'No':
        'لا',
    'No sale found; check the day, the times or the total':
        'لم يُعثر على بيع؛ تحقق من اليوم أو الأوقات أو الإجمالي',
    'Not a receipt number: {text}':
        'ليس رقم إيصال: {text}',
    'One fewer':
        'واحد أقل',
    'One fewer {title}':
        '{title} واحد أقل',
    'One more':
        'واحد أكثر',
    'One more {title}':
        '{title} واحد إضافي',
    'Only {n} of {title} can still be returned ({done} of {sold} already returned)':
        'يمكن إرجاع {n} فقط من {title} (أُرجع {done} من {sold})',
    'Paid each':
        'المدفوع للوحدة',
    'Quantity':
        'الكمية',
    'Quantity to return':
        'الكمية المُرجَعة',
    'Quantity to return of {title}':
        'الكمية المُرجَعة من {title}',
    'Reason: {reason}':
        'السبب: {reason}',
    'Receipt #{no}{till}':
        'إيصال رقم {no}{till}',
    'Receipt number':
        'رقم الإيصال',
    "Receipt number, or scan the receipt's barcode":
        'رقم الإيصال، أو امسح باركود الإيصال',
    'Refund {amount}  F12':
        'استرداد {amount}  F12',
    'Refund {n} items  F12':
        'استرداد {n} أصناف  F12',
    'Restock':
        'إعادة للمخزون',
    'Restock {title}':
        'إعادة {title} للمخزون',
    'Return or refund':
        'إرجاع أو استرداد',
    'Return status':
        'حالة الإرجاع',
    'Return without a receipt':
        'إرجاع بدون إيصال',
    'Return without a receipt (a manager approves)':
        'إرجاع بدون إيصال (بموافقة المدير)',
    'Returned':
        'مُرجَع',
    'Sale total to find':
        'إجمالي البيع المطلوب',
    'Sales found':
        'المبيعات الموجودة',
    'Scan or type the barcode or SKU':
        'امسح أو اكتب الباركود أو SKU',
    'Scan or type the item that comes back':
        'امسح أو اكتب الصنف المُرجَع',
    'Scan the item, type how many come back, choose why (F1…), then F12':
        'امسح الصنف، اكتب الكمية المُرجَعة، اختر السبب (F1…) ثم F12',
    'Sold':
        'المباع',
    'To time':
        'إلى الساعة',
    'Type how many come back (1 or more)':
        'اكتب الكمية المُرجَعة (1 أو أكثر)',
    'Type how many of which item come back':
        'اكتب كم يُرجَع ومن أي صنف',
    "Damaged": "تالف",
    "Wrong size": "مقاس خاطئ",
    "Changed mind": "غيّر رأيه",
    "Faulty": "معيب",
    'Why:':
        'السبب:',
    'Yes':
        'نعم',
    'from':
        'من',
    'no tenders':
        'بلا مدفوعات',
    'paid with {tenders}':
        'مدفوع بـ {tenders}',
    'return without a receipt: {qty} × {code}':
        'إرجاع بدون إيصال: {qty} × {code}',
    'total {amount}':
        'الإجمالي {amount}',
    '{n} sales found: choose one (Up, Down, Enter)':
        'وُجد {n} بيع: اختر واحدًا (الأسهم، Enter)',
    '{title} was already returned':
        'أُرجع {title} سابقًا',
    # ---- returns: fields with a key (Alt+letter)
    '&Day':
        'اليوم (&D)',
    '&Receipt':
        'الإيصال (&R)',
    '&from':
        'من (&F)',
    '&to':
        'إلى (&T)',
    'T&otal':
        'الإجمالي (&O)',
    # ---- amounts refused (ui/i18n.py error_text)
    'Count':
        'العدّ',
    'Float':
        'الرصيد الافتتاحي',
    # ---- discount, approval, PIN pad, held sales, stock attention kinds
    'A discount cannot be more than 100 %':
        'لا يمكن أن يتجاوز الخصم 100 %',
    'A discount cannot be negative':
        'لا يمكن أن يكون الخصم سالبًا',
    'Amount {symbol} (Alt+A)':
        'مبلغ {symbol} (Alt+A)',
    'Amount, e.g. {example}; 0 removes the discount':
        'المبلغ، مثال {example}؛ 0 يزيل الخصم',
    'Applies it at once; key {key}':
        'يُطبَّق فورًا؛ المفتاح {key}',
    'Apply (Enter)':
        'تطبيق (Enter)',
    'Apply the discount':
        'تطبيق الخصم',
    'Approval message':
        'رسالة الموافقة',
    'Approve':
        'موافقة',
    'Approve (Enter)':
        'موافقة (Enter)',
    'Barcode on two SKUs':
        'باركود على رقمي SKU',
    'Cancel approval':
        'إلغاء الموافقة',
    'Cancel the discount':
        'إلغاء الخصم',
    'Choose who approves (touch, arrow keys or the first letters), then they type their PIN. Esc cancels.':
        'اختر من يوافق (باللمس أو الأسهم أو الأحرف الأولى)، ثم يكتب رمزه. Esc للإلغاء.',
    'Choose who approves first':
        'اختر من يوافق أولًا',
    'Choose who is signing in or approving: touch, or Up and Down arrows, or the first letters of the name':
        'اختر من يسجّل الدخول أو يوافق: باللمس أو بالأسهم أو بالأحرف الأولى من الاسم',
    'Clear':
        'مسح',
    'Clear\nDel':
        'مسح\nDel',
    'Clear PIN':
        'مسح الرمز',
    'Clears the PIN (Del)':
        'يمسح الرمز (Del)',
    'Close held sales':
        'إغلاق المبيعات المعلّقة',
    'Count sent as variance':
        'جرد أُرسل كفرق',
    'Digit {digit}':
        'الرقم {digit}',
    'Discount as an amount of money':
        'خصم بمبلغ مالي',
    'Discount in percent':
        'خصم بنسبة مئوية',
    'Discount message':
        'رسالة الخصم',
    'Discount on the selected line':
        'خصم على السطر المحدد',
    'Discount on the whole sale':
        'خصم على البيع كله',
    'Discount reason':
        'سبب الخصم',
    'Discount value':
        'قيمة الخصم',
    'Discount {percent}':
        'خصم {percent}',
    'Enter':
        'Enter',
    'Enter PIN':
        'أدخل الرمز',
    'Held at':
        'عُلّق في',
    'Held sales':
        'المبيعات المعلّقة',
    'Items':
        'الأصناف',
    'Key: Del':
        'المفتاح: Del',
    'Line (Alt+L)':
        'السطر (Alt+L)',
    'Line: {title} (Alt+L)':
        'السطر: {title} (Alt+L)',
    'Manager approval':
        'موافقة المدير',
    'No held sales. Press F5 on a sale to hold it for later.':
        'لا مبيعات معلّقة. اضغط F5 على بيع لتعليقه لاحقًا.',
    'No reason given':
        'بلا سبب',
    'Not a number: {text}':
        'ليس رقمًا: {text}',
    'Oversold':
        'بيع زائد',
    'PIN':
        'الرمز',
    'Percent % (Alt+P)':
        'نسبة % (Alt+P)',
    'Percent, e.g. 10 for 10 %; 0 removes the discount':
        'النسبة، مثال 10 لـ 10 %؛ 0 يزيل الخصم',
    'REFUNDS BY REASON':
        'الاستردادات حسب السبب',
    'Reason (optional): damaged, loyalty, price match…':
        'السبب (اختياري): تالف، ولاء، مطابقة سعر…',
    'Refused by Shopify':
        'رفضه Shopify',
    'Resume (Enter)':
        'استئناف (Enter)',
    'Resume the selected sale':
        'استئناف البيع المحدد',
    'Staff member':
        'الموظف',
    'That was a scan, not a PIN: the approver types their PIN':
        'كان ذلك مسحًا وليس رمزًا: يكتب المُوافِق رمزه',
    "The approver's PIN, on the keys or the pad; Enter approves":
        'رمز المُوافِق بالمفاتيح أو اللوحة؛ Enter للموافقة',
    "Type the approver's PIN":
        'اكتب رمز المُوافِق',
    'Type the discount (0 removes it)':
        'اكتب الخصم (0 يزيله)',
    'Type the discount, then Enter; 0 removes the discount':
        'اكتب الخصم ثم Enter؛ 0 يزيل الخصم',
    'Unknown SKU':
        'رمز SKU غير معروف',
    'Unreadable stock change':
        'تغيير مخزون غير مقروء',
    'Up and Down choose a sale; Enter resumes it':
        'الأسهم تختار بيعًا؛ Enter يستأنفه',
    'Use at most two decimals for a percentage':
        'استخدم منزلتين عشريتين على الأكثر للنسبة',
    'Whole sale (Alt+W)':
        'البيع كله (Alt+W)',
    'Your PIN, 4 to {n} digits; Enter to confirm, Del clears':
        'رمزك، من 4 إلى {n} أرقام؛ Enter للتأكيد، Del للمسح',
    'discount {value} on line {no}':
        'خصم {value} على السطر {no}',
    'discount {value} on the whole sale':
        'خصم {value} على البيع كله',
    'removing the discount on line {no}':
        'إزالة الخصم عن السطر {no}',
    'removing the discount on the sale':
        'إزالة الخصم عن البيع',
    '{n}%':
        '{n}%',
    '{percent} ({key})':
        '{percent} ({key})',
    '{reason} ({n})':
        '{reason} ({n})',
    '{time} (parked)':
        '{time} (مركون)',
    '{title}: {what}':
        '{title}: {what}',
    # ---- the payroll PDF (ui/commission_export.py)
    'Amounts in {currency}. Generated {when}.':
        'المبالغ بعملة {currency}. أُنشئ في {when}.',
    'Bonuses':
        'المكافآت',
    'Not included (another currency): {what}.':
        'غير مشمول (عملة أخرى): {what}.',
    'Sale commission':
        'عمولة المبيعات',
    'Tier adjustments':
        'تعديلات الشرائح',
    'all stores and terminals in the source':
        'كل المتاجر والأجهزة في المصدر',
    'terminal {terminal}':
        'الجهاز {terminal}',
    '{first} to {last}':
        'من {first} إلى {last}',
    # ---- commission progress (back office), returns
    '1 sale found: Enter opens it':
        'وُجد بيع واحد: Enter يفتحه',
    'Tier {n} of {count}':
        'الشريحة {n} من {count}',
    'no bonus in this plan':
        'لا مكافأة في هذه الخطة',
    'top tier':
        'أعلى شريحة',
    '{amount} earned':
        '{amount} مكتسبة',
    '{amount} to tier {n}':
        '{amount} حتى الشريحة {n}',
    '{amount} to {bonus}':
        '{amount} حتى {bonus}',
    # ---- report periods
    'Week of {date}':
        'أسبوع {date}',
    # ---- journal actions
    'Approval':
        'موافقة',
    'Catalog import':
        'استيراد كتالوج',
    'Count stock':
        'جرد المخزون',
    'Discount cleared':
        'إزالة خصم',
    'Discount over limit':
        'خصم فوق الحد',
    'Line void':
        'إلغاء سطر',
    'Login failed':
        'فشل تسجيل الدخول',
    'Open drawer':
        'فتح الدرج',
    'Plan change':
        'تغيير خطة',
    'Post void':
        'إلغاء لاحق',
    'Price override':
        'تعديل سعر',
    'Refund':
        'استرداد',
    'Refused stock changes sent again':
        'أُعيد إرسال تغييرات مخزون مرفوضة',
    'Resolve stock attention':
        'معالجة مخزون',
    'Return no receipt':
        'إرجاع بدون إيصال',
    'Sale':
        'بيع',
    'Settings change':
        'تغيير الإعدادات',
    'Shift close':
        'إغلاق وردية',
    'Staff change':
        'تغيير موظف',
    # ---- stock warning at the counter
    'Only {n} × {title} should be in stock; {sale} in this sale':
        'يُفترض أن يكون في المخزون {n} × {title} فقط؛ {sale} في هذا البيع',
    # ---- PDF receipt
    'Cannot write the PDF receipt to {path}':
        'تتعذر كتابة إيصال PDF في {path}',
    'Cannot write the PDF receipt to {path}: {reason}':
        'تتعذر كتابة إيصال PDF في {path}: {reason}',
    # ---- back office banner, alerts
    'Alert: {text}':
        'تنبيه: {text}',
    'Alerts':
        'التنبيهات',
    'An open sale is {n} bytes (budget {limit})':
        'البيع المفتوح حجمه {n} بايت (الحد {limit})',
    'Backup overdue: the last one is {n} h old':
        'النسخ الاحتياطي متأخر: آخر نسخة عمرها {n} ساعة',
    'Central database':
        'قاعدة البيانات المركزية',
    'Central database not reached for {n} h':
        'لم يتم الوصول إلى قاعدة البيانات المركزية منذ {n} ساعة',
    'Disk almost full: {n} % free (under {limit} %)':
        'القرص ممتلئ تقريبًا: {n} % متاح (أقل من {limit} %)',
    'Local data':
        'بيانات محلية',
    'No backup has been made yet':
        'لم تُنشأ أي نسخة احتياطية بعد',
    'Offline: {why}. {text}':
        'غير متصل: {why}. {text}',
    'Oldest item waiting for {channel}: {n} min (limit {limit} min)':
        'أقدم عنصر ينتظر {channel}: {n} د (الحد {limit} د)',
    'Shopify':
        'Shopify',
    'Shopify refuses this till: check its access token':
        'يرفض Shopify هذا الصندوق: تحقق من رمز الوصول',
    'as of {time}':
        'حتى {time}',
    'last terminal push {time}':
        'آخر إرسال من الجهاز {time}',
    'no records yet':
        'لا سجلات بعد',
    'the central database':
        'قاعدة البيانات المركزية',
    'the journal':
        'السجل',
    '{n} alerts: {text}':
        '{n} تنبيهات: {text}',
    '{n} record(s) not yet sent to the central database':
        '{n} سجل لم يُرسل بعد إلى قاعدة البيانات المركزية',
    '{rate} % of commands refused or failed in the last hour (limit {limit} %)':
        '{rate} % من الأوامر رُفضت أو فشلت في الساعة الأخيرة (الحد {limit} %)',
    # ---- health screen
    'Charts over the last day':
        'رسوم آخر يوم',
    'Charts over the last week':
        'رسوم آخر أسبوع',
    'Command latency chart':
        'رسم زمن استجابة الأوامر',
    'Command latency, p99 (ms)':
        'زمن استجابة الأوامر، p99 (مللي ثانية)',
    'Disk, backup and feature flags':
        'القرص والنسخ الاحتياطي وخصائص التشغيل',
    'Disk: free space unknown':
        'القرص: المساحة الحرة غير معروفة',
    'Disk: {n} % free':
        'القرص: {n} % متاح',
    'Error rate chart':
        'رسم معدل الأخطاء',
    'Feature flags in force: {flags}':
        'الخصائص المفعّلة: {flags}',
    'Firing alerts':
        'التنبيهات النشطة',
    'Health':
        'الحالة',
    'Health of this till':
        'حالة هذا الصندوق',
    'Last backup: none yet (pos-app backup, or the daily backup)':
        'آخر نسخة احتياطية: لا شيء بعد (pos-app backup أو النسخ اليومي)',
    'Last backup: {at}':
        'آخر نسخة احتياطية: {at}',
    'Last day (D)':
        'آخر يوم (D)',
    'Last hour: {n} commands, p50 {p50} ms, p99 {p99} ms':
        'آخر ساعة: {n} أمر، p50 {p50} مللي ثانية، p99 {p99} مللي ثانية',
    'Last week (W)':
        'آخر أسبوع (W)',
    'No alert is firing. Alerts appear here and at the counter when a threshold of [monitoring] is crossed.':
        'لا تنبيهات نشطة. تظهر التنبيهات هنا وعلى الصندوق عند تجاوز حد من [monitoring].',
    "No commands measured yet. Each scan, tender and sale at the counter is timed; the minute's figures are written every minute and drawn here.":
        'لم تُقَس أي أوامر بعد. يُوقَّت كل مسح ودفع وبيع على الصندوق؛ وتُكتب الأرقام كل دقيقة وتُرسم هنا.',
    'No commands measured yet: the share the till refused or could not complete appears here once the counter sells.':
        'لم تُقَس أي أوامر بعد: تظهر هنا نسبة ما رفضه الصندوق أو لم يُكمله بمجرد البيع.',
    'No queue figures yet. While the till runs, how many items wait for the central database, the journal and Shopify is sampled every minute and drawn here.':
        'لا أرقام للطوابير بعد. أثناء عمل الصندوق يُقاس كل دقيقة عدد العناصر المنتظرة لقاعدة البيانات المركزية والسجل وShopify ويُرسم هنا.',
    'Open sales: {n} bytes stored (budget {b} a sale)':
        'المبيعات المفتوحة: {n} بايت مخزنة (الحد {b} لكل بيع)',
    'Read the health figures again':
        'إعادة قراءة أرقام الحالة',
    'Refresh (F5)':
        'تحديث (F5)',
    'Refused or failed commands (%)':
        'الأوامر المرفوضة أو الفاشلة (%)',
    'Sync queue chart':
        'رسم طوابير المزامنة',
    'Waiting to sync, per channel':
        'بانتظار المزامنة، لكل قناة',
    'none':
        'لا شيء',
    'p99':
        'p99',
    'refused or failed':
        'مرفوضة أو فاشلة',
    '{channel}: {state}, {n} waiting':
        '{channel}: {state}، {n} بالانتظار',
    'online':
        'متصل',
    'offline':
        'غير متصل',
    'paused':
        'متوقف مؤقتًا',
    'not synced yet':
        'لم تتم المزامنة بعد',
    '… and {n} more (pos-app status)':
        '… و{n} أخرى (pos-app status)',
    # ---- set-up wizard
    '1 Store and till':
        '1 المتجر والصندوق',
    '2 Taxes':
        '2 الضرائب',
    '3 Owner':
        '3 المالك',
    '4 Shopify':
        '4 Shopify',
    '5 Central database':
        '5 قاعدة البيانات المركزية',
    '6 Printer':
        '6 الطابعة',
    'Access token':
        'رمز الوصول',
    'Admin API access token':
        'رمز الوصول لواجهة Admin API',
    'Cancel the running step':
        'إلغاء الخطوة الجارية',
    'Cancelling: the step stops at its next safe point; nothing is left half done.':
        'جارٍ الإلغاء: تتوقف الخطوة عند أقرب نقطة آمنة؛ لا يبقى شيء نصف منجز.',
    'Cash rounding (1 = none, 5 = 0.05)':
        'تقريب النقد (1 = بلا، 5 = 0.05)',
    'Cash rounding in minor units':
        'تقريب النقد بالوحدات الصغرى',
    'Cash rounding is a whole number of minor units: 1 for none, 5 for 0.05':
        'تقريب النقد عدد صحيح من الوحدات الصغرى: 1 لعدم التقريب، 5 لـ 0.05',
    "Choose or type the printer's form (e.g. usb:04b8:0202), or skip with F8":
        'اختر أو اكتب صيغة الطابعة (مثال usb:04b8:0202)، أو تخطَّ بـ F8',
    'Close the set-up and finish later':
        'إغلاق الإعداد وإكماله لاحقًا',
    'Continue (Enter)':
        'متابعة (Enter)',
    'Currency (ISO code)':
        'العملة (رمز ISO)',
    "Database owner's URL (optional)":
        'عنوان URL لمالك قاعدة البيانات (اختياري)',
    "Database owner's password":
        'كلمة مرور مالك قاعدة البيانات',
    'Do this step and continue':
        'تنفيذ هذه الخطوة والمتابعة',
    'Enter starts the counter.':
        'اضغط Enter لبدء الصندوق.',
    "Enter tests the token and lists the shop's locations; Enter again connects, stores the token in the keyring and pulls the catalog.":
        'اضغط Enter لاختبار الرمز وعرض مواقع المتجر، ثم Enter مرة أخرى للاتصال وحفظ الرمز في حافظة المفاتيح وجلب الكتالوج.',
    'Exempt':
        'معفى',
    'Finish later (Esc)':
        'الإكمال لاحقًا (Esc)',
    'How prices are taxed and rounded.':
        'كيف تُفرض الضرائب على الأسعار وتُقرَّب.',
    'Locale':
        'الإعدادات المحلية',
    'Locale (e.g. en_US, de_DE)':
        'الإعدادات المحلية (مثال ar_EG، ar_SA)',
    'Location (Up/Down)':
        'الموقع (الأسهم)',
    'Location this till sells from':
        'الموقع الذي يبيع منه هذا الصندوق',
    "Owner's PIN":
        'رمز المالك',
    "Owner's PIN again":
        'رمز المالك مرة أخرى',
    "Owner's URL":
        'عنوان URL للمالك',
    "Owner's name":
        'اسم المالك',
    "Owner's password":
        'كلمة مرور المالك',
    'PIN (4 to 8 digits)':
        'الرمز (من 4 إلى 8 أرقام)',
    'PIN again':
        'الرمز مرة أخرى',
    'Pick the location this till sells from (Up/Down) and press Enter to connect and pull the catalog.':
        'اختر موقع هذا الصندوق (الأسهم) واضغط Enter للاتصال وجلب الكتالوج.',
    'Prices include tax':
        'الأسعار شاملة الضريبة',
    'Printer':
        'الطابعة',
    'Ready':
        'جاهز',
    'Receipt printer':
        'طابعة الإيصالات',
    'Sales tax':
        'ضريبة المبيعات',
    "Sell Shopify's catalog and keep its stock.":
        'بيع كتالوج Shopify ومتابعة مخزونه.',
    'Set up this till':
        'إعداد هذا الصندوق',
    # ---- set-up: the printer step, the first pull's count; back office Settings ----
    'Settings': 'الإعدادات',
    'A step skipped at the first start can be done here: the wizard opens at the taxes (the store is kept), F8 skips what is already right. The counter reads the new settings when it starts again.':
        'يمكن إتمام خطوة تم تخطيها عند التشغيل الأول من هنا: يفتح المعالج عند الضرائب (يبقى المتجر كما هو)، وF8 يتخطى ما هو صحيح بالفعل. تقرأ نقطة البيع الإعدادات الجديدة عند تشغيلها مرة أخرى.',
    'No printer: receipts are saved as PDF': 'لا توجد طابعة: تُحفظ الإيصالات بصيغة PDF',
    'No store yet': 'لا يوجد متجر بعد',
    'No tax class yet: prices are sold without tax':
        'لا توجد فئة ضريبية بعد: تُباع الأسعار دون ضريبة',
    'Not connected: this till sells offline only': 'غير متصل: نقطة البيع هذه تبيع دون اتصال فقط',
    'Open the set-up wizard to do a skipped step': 'فتح معالج الإعداد لإتمام خطوة تم تخطيها',
    'Set-up wizard (F2)': 'معالج الإعداد (F2)',
    'Settings of this till': 'إعدادات نقطة البيع هذه',
    'Store and till': 'المتجر ونقطة البيع',
    'Tax classes': 'الفئات الضريبية',
    'The embedded database on this till': 'قاعدة البيانات المدمجة في نقطة البيع هذه',
    "A network printer is not searched for: type network:HOST (port 9100) or network:HOST:PORT. Enter prints a test page (the store's name, the date and time, a ruler per character width, a cut) and keeps the printer.":
        'لا يتم البحث عن طابعات الشبكة: اكتب network:HOST (المنفذ 9100) أو network:HOST:PORT. يطبع Enter صفحة اختبار (اسم المتجر والتاريخ والوقت ومسطرة لكل عرض حرف وقص) ويحتفظ بالطابعة.',
    'CUPS prints to it as a page printer: choose the printer itself (USB, network or serial)':
        'يطبع CUPS عليها كطابعة صفحات: اختر الطابعة نفسها (USB أو الشبكة أو المنفذ التسلسلي)',
    'CUPS queue {queue}': 'قائمة انتظار CUPS {queue}',
    "Cannot write to {target} ({detail}). Check that the printer is switched on and its cable is in, and that this user may write to {target} (the device's group, often lp).":
        'تعذرت الكتابة إلى {target} ({detail}). تحقق من أن الطابعة قيد التشغيل وأن كبلها موصول، وأن هذا المستخدم يمكنه الكتابة إلى {target} (مجموعة الجهاز، غالبًا lp).',
    'Choose a printer (Up/Down) or type its form (e.g. network:192.0.2.10), or skip with F8':
        'اختر طابعة (أعلى/أسفل) أو اكتب صيغتها (مثل network:192.0.2.10)، أو تخطَّ بـ F8',
    'Each ruler on one line and the paper cut: receipts will print.':
        'كل مسطرة في سطر واحد والورق مقصوص: ستُطبع الإيصالات.',
    'Found (Up/Down)': 'تم العثور عليها (أعلى/أسفل)',
    'Look again (F5)': 'البحث مجددًا (F5)',
    'Look for printers again': 'البحث عن الطابعات مجددًا',
    'Looking for printers…': 'جارٍ البحث عن الطابعات…',
    "No printer found: type a network printer's address below, or check the USB cable and power and look again (F5)":
        'لم يتم العثور على طابعة: اكتب عنوان طابعة الشبكة أدناه، أو تحقق من كبل USB والطاقة وابحث مجددًا (F5)',
    'Normal text, {n} characters:': 'نص عادي، {n} حرفًا:',
    'Print a test page without keeping the printer': 'طباعة صفحة اختبار دون الاحتفاظ بالطابعة',
    'Printed {when}': 'طُبعت في {when}',
    'Printer test page': 'صفحة اختبار الطابعة',
    'Printer {device}': 'الطابعة {device}',
    'Printers found on this till': 'الطابعات التي عُثر عليها في نقطة البيع هذه',
    'Pulling the catalog from Shopify: {count}': 'جارٍ جلب الكتالوج من Shopify: {count}',
    'Shopify is preparing the catalog: {records} records so far': 'يُجهّز Shopify الكتالوج: {records} سجلًا حتى الآن',
    'Serial port {path}': 'المنفذ التسلسلي {path}',
    'Shopify: connected. Catalog pulled: {count}.': 'Shopify: متصل. تم جلب الكتالوج: {count}.',
    'Shopify: connected; the catalog is pulled by the next sync.':
        'Shopify: متصل؛ ستجلب المزامنة التالية الكتالوج.',
    "Central database: connected; this till's sales now go to it.":
        'قاعدة البيانات المركزية: متصلة؛ مبيعات هذا الصندوق تذهب إليها الآن.',
    'Small text, {n} characters:': 'نص صغير، {n} حرفًا:',
    'Test page only (F2)': 'صفحة اختبار فقط (F2)',
    'Test page sent to {device}. Enter keeps this printer.':
        'أُرسلت صفحة الاختبار إلى {device}. يحتفظ Enter بهذه الطابعة.',
    'The USB printer {target} was not reached ({detail}). Check the cable and power, its ids with lsusb, and that this user may use the device (a udev rule).':
        'تعذر الوصول إلى طابعة USB \u200f{target} ({detail}). تحقق من الكبل والطاقة، ومعرّفاتها باستخدام lsusb، وأن هذا المستخدم يمكنه استخدام الجهاز (قاعدة udev).',
    'The printer at {target} did not answer ({detail}). Check that it is switched on and its address (its network status sheet: hold FEED while switching it on), and that this till is on the same network.':
        'لم تستجب الطابعة على {target} ({detail}). تحقق من أنها قيد التشغيل ومن عنوانها (ورقة حالة الشبكة: اضغط FEED مطولًا أثناء تشغيلها)، وأن نقطة البيع هذه على الشبكة نفسها.',
    'The CUPS queue {target} did not take the test page ({detail}). Check that the queue exists and accepts jobs (lpstat -p {target}) and that the CUPS client (lp) is installed.':
        'لم تقبل قائمة انتظار CUPS {target} صفحة الاختبار ({detail}). تحقق من أن قائمة الانتظار موجودة وتقبل المهام (lpstat -p {target}) وأن عميل CUPS (lp) مثبّت.',
    "The serial port {target} could not be used ({detail}). Check the cable, the port's name and the baud rate.":
        'تعذر استخدام المنفذ التسلسلي {target} ({detail}). تحقق من الكبل واسم المنفذ ومعدل الباود.',
    "This user may not write to {path}: add it to the device's group (often lp) and sign in again":
        'لا يمكن لهذا المستخدم الكتابة إلى {path}: أضفه إلى مجموعة الجهاز (غالبًا lp) وسجّل الدخول مجددًا',
    'USB printer on {path}': 'طابعة USB على {path}',
    'USB printer {ids}': 'طابعة USB \u200f{ids}',
    'Wide, {n} characters:': 'عرض مزدوج، {n} حرفًا:',
    'network:HOST[:PORT], usb:VID:PID, serial:DEVICE, file:PATH or cups:QUEUE':
        'network:HOST[:PORT] أو usb:VID:PID أو serial:DEVICE أو file:PATH أو cups:QUEUE',
    '{done} of {total} products': '{done} من {total} منتجًا',
    '{done} products read': 'تمت قراءة {done} منتجًا',
    'Shopify: connected. The catalog pull was stopped at {count}; the next sync pulls the rest.':
        'Shopify: متصل. توقف جلب الكتالوج عند {count}؛ ستجلب المزامنة التالية الباقي.',
    "No owner's account yet: the owner adds the staff":
        'لا يوجد حساب للمالك بعد: المالك هو من يضيف الموظفين',
    'Set-up steps':
        'خطوات الإعداد',
    'Shop':
        'المتجر',
    'Skip (F8)':
        'تخطٍّ (F8)',
    'Skip (F8) keeps the embedded database on this till; connect later with `pos-app central connect`.':
        'التخطي (F8) يُبقي قاعدة البيانات المدمجة على هذا الصندوق؛ اتصل لاحقًا بـ `pos-app central connect`.',
    'Skip this step':
        'تخطي هذه الخطوة',
    'Standard':
        'قياسي',
    'Standard rate (%)':
        'النسبة القياسية (%)',
    'Standard tax rate in percent':
        'نسبة الضريبة القياسية بالمئة',
    'Start selling (Enter)':
        'بدء البيع (Enter)',
    'Step in progress':
        'خطوة جارية',
    'Store id':
        'معرّف المتجر',
    'Store id at central':
        'معرّف المتجر في المركز',
    'Store name':
        'اسم المتجر',
    'Tax name':
        'اسم الضريبة',
    'Tax rounded on the total':
        'الضريبة مقرّبة على الإجمالي',
    'Tax rounded per line':
        'الضريبة مقرّبة لكل سطر',
    'Tax rounding':
        'تقريب الضريبة',
    'The receipt printer and the cash drawer.':
        'طابعة الإيصالات ودرج النقد.',
    "The shop has no active location: add one in Shopify's admin, then test again":
        'ليس للمتجر موقع نشط: أضف موقعًا في إدارة Shopify ثم اختبر مجددًا',
    "The store's first account: it adds the staff.":
        'أول حساب في المتجر: يضيف الموظفين.',
    'This step failed: {error}':
        'فشلت هذه الخطوة: {error}',
    "This till's central database URL":
        'عنوان قاعدة البيانات المركزية لهذا الصندوق',
    'Till id':
        'معرّف الصندوق',
    "Till's URL":
        'عنوان URL للصندوق',
    'Time zone':
        'المنطقة الزمنية',
    'Time zone (e.g. America/Chicago)':
        'المنطقة الزمنية (مثال Africa/Cairo)',
    "Two classes are made: standard (this rate) and exempt (0 %), the classes Shopify's taxable and untaxed products use.":
        'تُنشأ فئتان: قياسية (هذه النسبة) ومعفاة (0 %)، وهما الفئتان اللتان تستخدمهما منتجات Shopify الخاضعة للضريبة وغير الخاضعة.',
    "Type the owner's name first":
        'اكتب اسم المالك أولًا',
    'What the step did':
        'ما فعلته الخطوة',
    'What was set up':
        'ما تم إعداده',
    "Where every till's sales meet.":
        'حيث تلتقي مبيعات كل الصناديق.',
    'Who this store and this till are. Skip (F8) starts the store with what is shown.':
        'من هما هذا المتجر وهذا الصندوق. التخطي (F8) يبدأ المتجر بما هو معروض.',
    'Working…':
        'جارٍ العمل…',
    'done':
        'تم',
    'e.g. 8.25; empty: no tax':
        'مثال 14؛ فارغ: بلا ضريبة',
    'my-shop, my-shop.myshopify.com or admin.shopify.com/store/my-shop':
        'my-shop أو my-shop.myshopify.com أو admin.shopify.com/store/my-shop',
    'not done':
        'لم يتم',
    "postgresql+psycopg://OWNER@HOST/DB: creates the schema and this till's role":
        'postgresql+psycopg://OWNER@HOST/DB: يُنشئ المخطط ودور هذا الصندوق',
    'skipped: do it later with `pos-app setup`':
        'تم التخطي: نفّذه لاحقًا بـ `pos-app setup`',
    'usb:VID:PID (as lsusb shows), network:HOST[:PORT], serial:DEVICE[:BAUD] or file:PATH. Enter prints a test page and keeps the printer.':
        'usb:VID:PID (كما يعرض lsusb) أو network:HOST[:PORT] أو serial:DEVICE[:BAUD] أو file:PATH. Enter يطبع صفحة اختبار ويحتفظ بالطابعة.',
    '{step}: done.':
        '{step}: تم.',
    # ---- sale screen prompts
    'New quantity:':
        'الكمية الجديدة:',
    'New unit price for {title} (now {price}):':
        'سعر الوحدة الجديد لـ {title} (حاليًا {price}):',
    'Next item × {n}':
        'الصنف التالي × {n}',
    'Sale held. F6 shows held sales.':
        'تم تعليق البيع. F6 يعرض المبيعات المعلّقة.',
    'open the drawer without a sale':
        'فتح الدرج بدون بيع',
    'price override on line {no}: {title}':
        'تعديل السعر في السطر {no}: {title}',
    'removing line {no}':
        'إزالة السطر {no}',
    'void this sale':
        'إلغاء هذا البيع',
    # ---- set-up wizard (2)
    'Back (PgUp)':
        'رجوع (PgUp)',
    'Back to the step before':
        'العودة إلى الخطوة السابقة',
    'Data directory: {path}':
        'مجلد البيانات: {path}',
    # ---- accessible names (back office) ----
    'Commission per staff member': 'العمولة لكل موظف',
    'Commission plans': 'خطط العمولة',
    'Rows ({action} adds one)': 'الصفوف ({action} يضيف صفًا)',
    'Sections': 'الأقسام',
    'Starts on': 'يبدأ في',
    # ---- health: feature flags and where they come from ----------------------------
    'on':
        'مفعّلة',
    'off':
        'معطّلة',
    'default':
        'افتراضي',
    'central database, version {n}':
        'قاعدة البيانات المركزية، الإصدار {n}',
    "this till's config file [flags]":
        'ملف إعدادات هذا الصندوق [flags]',
    "this till's environment ({name})":
        'بيئة هذا الصندوق ({name})',
    'Feature flag':
        'الخاصية',
    'State':
        'الحالة',
    'Feature flags: each flag, on or off, and where its value comes from':
        'الخصائص: كل خاصية، مفعّلة أو معطّلة، ومن أين تأتي قيمتها',
    '{state} ({source}) from the next start':
        '{state} ({source}) من التشغيل التالي',
    'Set by {who}':
        'غيّرها {who}',
}

BY_CONTEXT: dict[tuple[str, str], str] = {
    # The cart's header: short, so the item names keep the room at 1024x768.
    ("Cart", "Line total"): "المبلغ",
}

# ---- back office, Health: the recent alerts ----------------------------------------------
T.update({
    "Waiting to sync: {channel}": "بانتظار المزامنة: {channel}",
    "Refused or failed commands": "أوامر مرفوضة أو فاشلة",
    "Open sale size": "حجم بيع مفتوح",
    "Disk space": "مساحة القرص",
    "Backup overdue": "النسخ الاحتياطي متأخر",
    "Shopify access": "الوصول إلى Shopify",
    "Central database unreachable": "تعذر الوصول إلى قاعدة البيانات المركزية",
    "Recent alerts (H)": "التنبيهات الأخيرة (H)",
    "Alert": "تنبيه",
    "Raised or cleared": "أُطلق أو زال",
    "Recent alerts: when each alert was raised or cleared, newest first":
        "التنبيهات الأخيرة: متى أُطلق كل تنبيه أو زال، الأحدث أولاً",
    "No alert has been raised on this till yet. Each one is listed here when it is raised "
    "and when it clears.":
        "لم يُطلق أي تنبيه على هذا الصندوق بعد. يظهر كل تنبيه هنا عند إطلاقه وعند زواله.",
    "Recent alerts: none yet": "التنبيهات الأخيرة: لا شيء بعد",
    "raised": "أُطلق",
    "cleared": "زال",
    "{alert} raised {when}: {detail}": "{alert} أُطلق في {when}: {detail}",
    "{alert} cleared {when}": "{alert} زال في {when}",
})

# ---- back-office keys (every action from the keyboard, its key shown) -------------------
T.update({
    "Export CSV…  Ctrl+E": "تصدير CSV…  Ctrl+E",
    "Export PDF…  Ctrl+P": "تصدير PDF…  Ctrl+P",
    "Verify chain  Ctrl+Shift+V": "التحقق من السلسلة  Ctrl+Shift+V",
    "Recalculate with current plans  Ctrl+R": "إعادة الحساب بالخطط الحالية  Ctrl+R",
    "{action}  Ins": "{action}  Ins",
    "Remove selected  Del": "إزالة المحدد  Del",
    "New plan  Ctrl+N": "خطة جديدة  Ctrl+N",
    "Reload plan  Ctrl+R": "إعادة تحميل الخطة  Ctrl+R",
    "Preview  Ctrl+P": "معاينة  Ctrl+P",
    "{section}  Ctrl+{n}": "{section}  Ctrl+{n}",
    # the counter: a cashier deactivated while signed in
    "{name} can no longer use this till (deactivated) and was signed out. The open sale is kept: "
    "sign in to continue.":
        "لم يعد بإمكان {name} استخدام هذا الصندوق (تم إلغاء تفعيله) وتم تسجيل خروجه. البيع المفتوح "
        "محفوظ: سجّل الدخول للمتابعة.",
})
T.update({  # what a report covers and a plan preview's notes, said by the services in English
    "all stores and terminals": "كل المتاجر والأجهزة",
    "this terminal's records only ({terminal})": "سجلات هذا الجهاز فقط ({terminal})",
    "{n} record(s) of staff this plan does not cover are left out":
        "تُستبعد {n} من سجلات موظفين لا تشملهم هذه الخطة",
    "{n} return(s) of sales made before the period are clawed back at this plan's rate "
    "without tier parts":
        "تُسترد عمولة {n} من مرتجعات مبيعات سابقة للفترة بنسبة هذه الخطة دون حصة الشرائح",
    "{n} return(s) whose sale is unknown here are left out":
        "تُستبعد {n} من المرتجعات التي لا يُعرف بيعها هنا",
    "The plan is in {plan} but the records are in {records}":
        "الخطة بعملة {plan} لكن السجلات بعملة {records}",
    "No sales in {period} to preview against": "لا مبيعات في {period} للمعاينة",
})
T.update({  # the journal's chain status and actions the app names in English
    "Backup key shown": "عُرض مفتاح النسخ الاحتياطي",
    "Owner's authority used": "استُخدمت صلاحية المالك",
    "Tax class set": "ضُبطت فئة الضريبة",
    "lines": "الأسطر",
    "units": "الوحدات",
    "Journal of {where}: no records yet": "سجل {where}: لا سجلات بعد",
    "{terminal}: BROKEN at seq {seq} — {message}; verified up to seq {through}":
        "{terminal}: مكسورة عند التسلسل {seq} — {message}؛ تم التحقق حتى التسلسل {through}",
    "{terminal}: verified up to seq {through}; seq {first} to {last} intact but not provable "
    "here (their key is not on this machine)":
        "{terminal}: تم التحقق حتى التسلسل {through}؛ التسلسل {first} إلى {last} سليم لكن لا "
        "يمكن إثباته هنا (مفتاحه ليس على هذا الجهاز)",
    "{terminal}: chain verified, seq 1 to {last}":
        "{terminal}: تم التحقق من السلسلة، التسلسل 1 إلى {last}",
    "Journal of {where} — {chains}": "سجل {where} — {chains}",
})
T.update({  # a commission drill-down's figure, record kinds and status
    "All commission": "كل العمولة",
    "Bonuses and tier adjustments": "المكافآت وتعديلات الشرائح",
    "Return (clawback)": "مرتجع (استرداد عمولة)",
    "Tier adjustment": "تعديل شريحة",
    "Bonus": "مكافأة",
    "OK": "سليم",
    # ---- journal detail keys (ui/backoffice/journal.py detail_key_text) ----
    'receipt': 'الإيصال',
    'total': 'الإجمالي',
    'amount': 'المبلغ',
    'payments': 'المدفوعات',
    'title': 'العنوان',
    'quantity': 'الكمية',
    'unit price': 'سعر الوحدة',
    'list price': 'سعر القائمة',
    'value': 'القيمة',
    'reason': 'السبب',
    'rounding': 'التقريب',
    'float': 'الرصيد الافتتاحي',
    'variance': 'الفرق',
    'lines voided before': 'أسطر ملغاة قبل',
    'reverses sale': 'يعكس البيع',
    'line': 'السطر',
    'cashier': 'أمين الصندوق',
    'approved by': 'وافق عليه',
    'staff': 'الموظف',
    'role': 'الدور',
    'name': 'الاسم',
    'Z number': 'رقم Z',
    'for {name}': 'لـ {name}',
})
T.update({  # a settings_change record in the journal
    'settings': 'الإعدادات',
    'changed': 'تغيّر',
})
