"""Arabic (ar) for the messages the domain and services raise (context "Errors").

The English templates are the `msg("...")` calls of pos_app (tools/error_templates.py
collects them); tools/fill_translations.py fills these into resources/i18n/pos_app_ar.ts.
Keep every {placeholder} exactly: the values (amounts, quantities, names) are put in on
the screen, written as the store's locale writes them.
"""

ERRORS: dict[str, str] = {
    # ---- amounts typed by a person (domain/plain_amount.py) ----------------------------
    "Amount": "المبلغ",
    "Price": "السعر",
    "Discount": "الخصم",
    "{what} {text} {problem}": "{what} {text} {problem}",
    "is required": "مطلوب",
    "is too large": "كبير جدًا",
    "must not be negative": "لا يمكن أن يكون سالبًا",
    "must be a number like 12.99": "يجب أن يكون رقمًا مثل 12.99",
    "must be a number like 12.99, not NaN or Infinity":
        "يجب أن يكون رقمًا مثل 12.99، وليس NaN أو Infinity",
    "must be written without a '+' sign, like {example}":
        "يُكتب بدون علامة '+'، مثل {example}",
    "needs a digit on each side of the decimal separator, like 0.50 or 12.00":
        "يحتاج إلى رقم على جانبي الفاصلة العشرية، مثل 0.50 أو 12.00",
    "has more decimal places than {currency} allows ({n})":
        "فيه منازل عشرية أكثر مما تسمح به {currency} ({n})",
    "contains a space; write one number without spaces or thousands separators, like 1234.50":
        "فيه مسافة؛ اكتب رقمًا واحدًا بدون مسافات أو فواصل الآلاف، مثل 1234.50",
    "contains {ch}, a digit of another script; write the digits 0-9":
        "فيه {ch}، وهو رقم من كتابة أخرى؛ اكتب الأرقام 0-9",
    "contains '_'; write the digits without separators, like 1000":
        "فيه '_'؛ اكتب الأرقام بدون فواصل، مثل 1000",
    "is in scientific notation; write it as a plain number, like 100 or 0.5":
        "مكتوب بالصيغة العلمية؛ اكتبه رقمًا عاديًا، مثل 100 أو 0.5",
    "mixes ',' and '.'; write it without thousands separators, like 1234.50":
        "يخلط ',' و'.'؛ اكتبه بدون فواصل الآلاف، مثل 1234.50",
    "contains ','; write the decimal separator as '.' and no thousands separators, like "
    "1234.50":
        "فيه ','؛ اكتب الفاصلة العشرية '.' وبدون فواصل الآلاف، مثل 1234.50",
    "has more than one {separator}; write it without thousands separators, like 1234.50":
        "فيه أكثر من {separator}؛ اكتبه بدون فواصل الآلاف، مثل 1234.50",
    "contains {ch}; write only digits and one decimal separator, like 12.99":
        "فيه {ch}؛ اكتب أرقامًا فقط وفاصلة عشرية واحدة، مثل 12.99",
    # ---- PINs and approvals ------------------------------------------------------------
    "Wrong PIN or not allowed": "رمز PIN خاطئ أو غير مسموح",
    "Wrong PIN or not allowed. {then}": "رمز PIN خاطئ أو غير مسموح. {then}",
    "Too many wrong PINs; try again in {n} s": "رموز خاطئة كثيرة؛ حاول مجددًا بعد {n} ث",
    "Too many wrong PINs; try again in {n} min": "رموز خاطئة كثيرة؛ حاول مجددًا بعد {n} د",
    "Locked after too many wrong PINs: a manager must unlock it":
        "مقفل بعد رموز خاطئة كثيرة: يجب أن يفتحه مدير",
    "Manager approval needed: {what}": "تلزم موافقة المدير: {what}",
    "Manager approval needed: {action} of {amount} is above what a {role} may do alone (a "
    "{need} or above must approve)":
        "تلزم موافقة المدير: {action} بمبلغ {amount} يتجاوز ما يمكن أن يفعله {role} وحده "
        "(يجب أن يوافق {need} أو أعلى)",
    "Manager approval needed: {action} is above what a {role} may do alone (a {need} or "
    "above must approve)":
        "تلزم موافقة المدير: {action} يتجاوز ما يمكن أن يفعله {role} وحده (يجب أن يوافق "
        "{need} أو أعلى)",
    "{role} cannot approve {action}; a {need} or above must approve":
        "لا يمكن لـ{role} الموافقة على {action}؛ يجب أن يوافق {need} أو أعلى",
    "{error}: {why}": "{error}: {why}",
    "cashier": "أمين الصندوق",
    "supervisor": "المشرف",
    "manager": "المدير",
    "owner": "المالك",
    "Cashier": "أمين الصندوق",
    "Supervisor": "المشرف",
    "Manager": "المدير",
    "Owner": "المالك",
    "discount over limit": "خصم فوق الحد",
    "price override": "تغيير السعر",
    "void": "إلغاء",
    "post void": "إلغاء لاحق",
    "return no receipt": "إرجاع بدون إيصال",
    "open drawer": "فتح الدرج",
    "count stock": "جرد المخزون",
    "resolve stock attention": "معالجة تنبيهات المخزون",
    "refund other tender": "استرداد بطريقة دفع أخرى",
    "line void": "إلغاء سطر",
    "cash out": "سحب نقدي",
    "cash in": "إيداع نقدي",
    "import catalog": "استيراد الكتالوج",
    "edit staff": "تعديل الموظفين",
    "edit plans": "تعديل الخطط",
    "price override on {sku} ({rule})": "تغيير السعر على {sku} ({rule})",
    "the discount on line {no} ({title}) is now {pct} % of the line":
        "الخصم على السطر {no} ({title}) أصبح {pct} % من السطر",
    "the discount on the whole sale is now {pct} % of the sale":
        "الخصم على البيع كله أصبح {pct} % من البيع",
    "refund to {tender} (the sale was paid by {paid}) ({rule})":
        "استرداد إلى {tender} (دُفع البيع بـ{paid}) ({rule})",
    # ---- the sale ----------------------------------------------------------------------
    "open": "مفتوح",
    "held": "معلّق",
    "parked": "مركون",
    "completed": "مكتمل",
    "voided": "ملغى",
    "cash": "نقدًا",
    "card": "بطاقة",
    "store credit": "رصيد المتجر",
    "gift card": "بطاقة هدية",
    "Quantity must be a whole number, got {q}": "يجب أن تكون الكمية عددًا صحيحًا، وليس {q}",
    "Quantity cannot be zero; remove the line instead":
        "لا يمكن أن تكون الكمية صفرًا؛ أزل السطر بدلًا من ذلك",
    "Quantity cannot be negative ({q}); use a return":
        "لا يمكن أن تكون الكمية سالبة ({q})؛ استخدم الإرجاع",
    "Quantity {q} is more than the limit of {limit}": "الكمية {q} تتجاوز الحد {limit}",
    "Change the quantity of a return by removing and re-adding it":
        "لتغيير كمية إرجاع، أزله ثم أضفه من جديد",
    "A sold line cannot become a return line, or the reverse":
        "لا يمكن أن يصبح سطر مبيع سطر إرجاع، ولا العكس",
    "A returned line keeps the discount it was sold with":
        "يحتفظ السطر المُرجَع بالخصم الذي بيع به",
    "A price cannot be negative": "لا يمكن أن يكون السعر سالبًا",
    "The price of a returned line is the price it was sold at":
        "سعر السطر المُرجَع هو السعر الذي بيع به",
    "A line must be attributed to at least one staff member":
        "يجب أن يُنسب السطر إلى موظف واحد على الأقل",
    "A staff member appears twice in the split": "يظهر موظف مرتين في التقسيم",
    "Commission shares must be positive and add up to 100 %":
        "يجب أن تكون حصص العمولة موجبة ومجموعها 100 %",
    "Line {no} is not in this sale": "السطر {no} ليس في هذا البيع",
    "Unknown tax class {code} on {sku}": "فئة ضريبة غير معروفة {code} على {sku}",
    "The sale is {status}; it cannot be changed": "البيع {status}؛ لا يمكن تغييره",
    "The sale is {status}; use a post-void or a return":
        "البيع {status}؛ استخدم إلغاءً لاحقًا أو إرجاعًا",
    "Only a held sale can be resumed; this one is {status}":
        "لا يُستأنف إلا بيع معلّق؛ هذا البيع {status}",
    "Remove the tenders before you hold the sale": "أزل المدفوعات قبل تعليق البيع",
    "There is nothing to hold": "لا يوجد ما يُعلَّق",
    "Reverse the card payment on the card terminal and remove it first":
        "ألغِ دفعة البطاقة على جهاز البطاقات وأزلها أولًا",
    "An empty sale cannot be completed": "لا يمكن إتمام بيع فارغ",
    "Add something to the sale before taking payment": "أضف شيئًا إلى البيع قبل تحصيل الدفع",
    "A tender of zero does not pay anything": "دفعة بقيمة صفر لا تدفع شيئًا",
    "That tender is already on the sale": "هذه الدفعة موجودة في البيع بالفعل",
    "That tender is not on the sale": "هذه الدفعة ليست في البيع",
    "The sale is already paid in full": "البيع مدفوع بالكامل بالفعل",
    "This sale is a refund: tender a negative amount": "هذا البيع استرداد: أدخل مبلغًا سالبًا",
    "A tender must be positive": "يجب أن تكون الدفعة موجبة",
    "Only cash can be more than what is due": "النقد وحده يمكن أن يتجاوز المبلغ المستحق",
    "Only cash can be more than what is due ({due})":
        "النقد وحده يمكن أن يتجاوز المبلغ المستحق ({due})",
    "The refund is more than what is due": "الاسترداد أكبر من المبلغ المستحق",
    "The refund is more than what is due ({due})": "الاسترداد أكبر من المبلغ المستحق ({due})",
    "The cash refund is more than what is due": "الاسترداد النقدي أكبر من المبلغ المستحق",
    "Not enough tendered: {amount} still to pay": "المدفوع غير كافٍ: بقي {amount} للدفع",
    "Not enough tendered: {amount} still to refund": "المسترد غير كافٍ: بقي {amount} للاسترداد",
    "The sale total changed: remove the tenders and take payment again":
        "تغيّر إجمالي البيع: أزل المدفوعات وحصّل الدفع من جديد",
    "The sale now comes to nothing: remove the tenders first":
        "أصبح إجمالي البيع صفرًا: أزل المدفوعات أولًا",
    "{error}: the sale total is now lower than the tenders; remove a tender first":
        "{error}: إجمالي البيع الآن أقل من المدفوعات؛ أزل دفعة أولًا",
    "expected version {expected}, but the sale is at version {actual}":
        "كان المتوقع الإصدار {expected}، لكن البيع في الإصدار {actual}",
    "Sale {sale} should have {n} lines stored, but {found} were found":
        "يجب أن يكون للبيع {sale} عدد {n} من الأسطر المحفوظة، لكن وُجد {found}",
    "The till's database is busy; try again in a moment":
        "قاعدة بيانات الصندوق مشغولة؛ حاول مجددًا بعد لحظة",
    # ---- returns -----------------------------------------------------------------------
    "the returned item": "الصنف المُرجَع",
    "the reason {reason}": "السبب {reason}",
    "no reason": "بدون سبب",
    "line {line} of receipt {receipt}": "السطر {line} من الإيصال {receipt}",
    "Give a reason for returning {what}: {choices} ({rule})":
        "اذكر سببًا لإرجاع {what}: {choices} ({rule})",
    "{reason} is not one of the store's return reasons: {choices} ({rule})":
        "{reason} ليس من أسباب الإرجاع في المتجر: {choices} ({rule})",
    "Return line {no} ({title}) has {has}; the store's reasons are {choices}: remove the line "
    "and return it again with one ({rule})":
        "سطر الإرجاع {no} ({title}) عليه {has}؛ أسباب المتجر هي {choices}: أزل السطر وأرجعه "
        "من جديد بأحدها ({rule})",
    "Only {left} of {quantity} on {what} can still be returned; other returns (completed, "
    "held or open at another window) already take the rest ({rule})":
        "يمكن إرجاع {left} فقط من {quantity} في {what}؛ مرتجعات أخرى (مكتملة أو معلّقة أو "
        "مفتوحة في نافذة أخرى) تشغل الباقي ({rule})",
    "Refunds for {what} would come to more than it cost ({refunded} of {paid}); remove the "
    "return line and add it again ({rule})":
        "ستتجاوز المبالغ المستردة عن {what} ثمنه ({refunded} من {paid})؛ أزل سطر الإرجاع "
        "وأضفه من جديد ({rule})",
    "The return of line {line} of receipt {receipt} names units that are not on it ({units} "
    "of {quantity}); look the receipt up again ({rule})":
        "إرجاع السطر {line} من الإيصال {receipt} يذكر وحدات ليست عليه ({units} من "
        "{quantity})؛ ابحث عن الإيصال من جديد ({rule})",
    "Receipt {receipt} changed since it was looked up: units {units} of line {line} are "
    "returned or being returned now; look the receipt up again ({rule})":
        "تغيّر الإيصال {receipt} منذ البحث عنه: الوحدات {units} من السطر {line} مُرجَعة أو "
        "قيد الإرجاع الآن؛ ابحث عن الإيصال من جديد ({rule})",
    "Return line {no} does not say which units of {title} it refunds; remove it and add it "
    "again ({rule})":
        "سطر الإرجاع {no} لا يحدد أي وحدات من {title} يسترد؛ أزله وأضفه من جديد ({rule})",
    # ---- the counter, returns, receipts, shifts and counts -----------------------------
    "Sign in first": "سجّل الدخول أولًا",
    "Open a shift before selling (F10)": "افتح وردية قبل البيع (F10)",
    "Hold or finish the current sale before resuming another":
        "علّق البيع الحالي أو أتمّه قبل استئناف بيع آخر",
    "Finding a sale by date or amount is not available here; type the receipt number":
        "البحث عن بيع بالتاريخ أو المبلغ غير متاح هنا؛ اكتب رقم الإيصال",
    "Give a date and time range or an amount to find a sale":
        "حدّد نطاقًا من التاريخ والوقت أو مبلغًا للعثور على بيع",
    "The end of the range is before its start": "نهاية النطاق قبل بدايته",
    "Return 1 to {limit} units": "أرجع من 1 إلى {limit} وحدة",
    "Shifts are not available on this terminal": "الورديات غير متاحة على هذا الجهاز",
    "Receipts are not available on this terminal": "الإيصالات غير متاحة على هذا الجهاز",
    "No receipt has been printed on this terminal since start-up":
        "لم يُطبع أي إيصال على هذا الجهاز منذ التشغيل",
    "Unknown receipt choice {choice}": "خيار إيصال غير معروف {choice}",
    "No cash drawer is connected": "لا يوجد درج نقود متصل",
    "Shopify is not set up on this terminal": "Shopify غير مُعدّ على هذا الجهاز",
    "Shopify is not set up on this terminal, so there is no stock to count against":
        "Shopify غير مُعدّ على هذا الجهاز، فلا يوجد مخزون للمقارنة بالجرد",
    "A count cannot be negative: count what is on the shelf (0 if it is empty)":
        "لا يمكن أن يكون الجرد سالبًا: عُدّ ما على الرف (0 إن كان فارغًا)",
    "{counted} is more than {limit}: was a barcode scanned into the count?":
        "{counted} أكثر من {limit}: هل مُسح باركود في خانة الجرد؟",
    "{title} ({sku}) is not stock-tracked in Shopify; there is nothing to count":
        "{title} ({sku}) لا يُتتبّع مخزونه في Shopify؛ لا يوجد ما يُجرد",
    "That item was already resolved": "تمت معالجة هذا التنبيه بالفعل",
    "Not a receipt number: {typed}": "ليس رقم إيصال: {typed}",
    "Receipt {receipt} has no line {line}": "الإيصال {receipt} ليس فيه السطر {line}",
    "Receipt {receipt} is not a completed sale": "الإيصال {receipt} ليس بيعًا مكتملًا",
    "Receipt {receipt} is from another till and this terminal is not connected to a central "
    "database; use a return without a receipt (manager)":
        "الإيصال {receipt} من صندوق آخر وهذا الجهاز غير متصل بقاعدة بيانات مركزية؛ استخدم "
        "إرجاعًا بدون إيصال (مدير)",
    "Receipt {receipt} is from another till and the central database can't be reached; use a "
    "return without a receipt (manager)":
        "الإيصال {receipt} من صندوق آخر ولا يمكن الوصول إلى قاعدة البيانات المركزية؛ استخدم "
        "إرجاعًا بدون إيصال (مدير)",
    "Receipt {receipt} was not found at any till of this store":
        "لم يُعثر على الإيصال {receipt} في أي صندوق في هذا المتجر",
    "Receipt {receipt} reached the central database without its lines; use a return without a "
    "receipt (manager)":
        "وصل الإيصال {receipt} إلى قاعدة البيانات المركزية بدون أسطره؛ استخدم إرجاعًا بدون "
        "إيصال (مدير)",
    "Receipt {receipt} was not found": "لم يُعثر على الإيصال {receipt}",
    "{receipt} of terminal {terminal}": "{receipt} من الجهاز {terminal}",
    "{code} is not a receipt barcode": "{code} ليس باركود إيصال",
    "Only a completed sale can be post-voided": "لا يُلغى إلغاءً لاحقًا إلا بيع مكتمل",
    "A post-void cannot itself be post-voided": "لا يمكن إلغاء الإلغاء اللاحق نفسه",
    "This sale was already post-voided": "أُلغي هذا البيع إلغاءً لاحقًا بالفعل",
    "Part of this sale was returned; return the rest instead":
        "أُرجع جزء من هذا البيع؛ أرجع الباقي بدلًا من ذلك",
    "No sale {sale}": "لا يوجد بيع {sale}",
    "That command id belongs to another sale": "معرّف الأمر هذا يخص بيعًا آخر",
    "That line is already being returned in this sale": "هذا السطر قيد الإرجاع بالفعل في هذا البيع",
    "A return reason is at most {n} characters": "سبب الإرجاع {n} حرفًا على الأكثر",
    "{title} is priced in {currency} but this sale is in {sale}; the store's currency and its "
    "catalog disagree":
        "سعر {title} بعملة {currency} لكن هذا البيع بعملة {sale}؛ عملة المتجر وكتالوجه غير "
        "متطابقين",
    "Return at least one unit": "أرجع وحدة واحدة على الأقل",
    "A returned line cannot be returned again": "لا يمكن إرجاع سطر مُرجَع مرة أخرى",
    "Only {left} of {sold} × {title} can still be returned":
        "يمكن إرجاع {left} فقط من {sold} × {title}",
    "{title} on receipt {receipt} was already returned":
        "أُرجع {title} من الإيصال {receipt} بالفعل",
    "Not a set of units of {title}: {spans}": "ليست مجموعة وحدات من {title}: {spans}",
    "A discount cannot be negative": "لا يمكن أن يكون الخصم سالبًا",
    "A discount cannot be more than 100 % (got {pct} %)":
        "لا يمكن أن يتجاوز الخصم 100 % (المُدخل {pct} %)",
    "A discount of {value} is more than the amount it applies to ({base})":
        "خصم بقيمة {value} أكبر من المبلغ الذي يُطبّق عليه ({base})",
    "Unknown tax class {code}": "فئة ضريبة غير معروفة {code}",
    "Nothing was scanned": "لم يُمسح شيء",
    "Code is too long ({n} characters): {start}…": "الرمز طويل جدًا ({n} حرفًا): {start}…",
    "Code contains control characters: {code}": "الرمز يحتوي على أحرف تحكم: {code}",
    "Invalid {kind} barcode {code}: check digit is {digit}, expected {expected}":
        "باركود {kind} غير صالح {code}: رقم التحقق {digit}، والمتوقع {expected}",
    "This field": "هذا الحقل",
    "{what} looks like it holds a full card number. Never type a card number; remove it and try "
    "again.":
        "يبدو أن {what} يحتوي على رقم بطاقة كامل. لا تكتب رقم بطاقة أبدًا؛ أزله وحاول مجددًا.",
    "That looks like a full card number. Never type a card number: enter the approval code from "
    "the card terminal or the last four digits (e.g. *1234).":
        "يبدو هذا رقم بطاقة كاملًا. لا تكتب رقم بطاقة أبدًا: أدخل رمز الموافقة من جهاز "
        "البطاقات أو آخر أربعة أرقام (مثل *1234).",
    "an approval code (4 to 12 letters or digits, e.g. ABC123) or the card's last four digits "
    "(e.g. *1234)":
        "رمز موافقة (من 4 إلى 12 حرفًا أو رقمًا، مثل ABC123) أو آخر أربعة أرقام من البطاقة "
        "(مثل *1234)",
    "A {kind} tender needs its reference: {forms}": "الدفع بـ{kind} يحتاج إلى مرجعه: {forms}",
    "A tender reference must be {forms}; {n} characters were typed":
        "يجب أن يكون مرجع الدفع {forms}؛ كُتب {n} حرفًا",
    # ---- shifts, cash in and out, counts -----------------------------------------------
    "Cash": "نقدًا",
    "Card": "بطاقة",
    "Store credit": "رصيد المتجر",
    "Gift card": "بطاقة هدية",
    "paid in": "المودَع",
    "paid out": "المسحوب",
    "A staff member must be given": "يجب تحديد موظف",
    "The opening float cannot be negative": "لا يمكن أن يكون الرصيد الافتتاحي سالبًا",
    "The opening float cannot be negative (got {amount})":
        "لا يمكن أن يكون الرصيد الافتتاحي سالبًا (المُدخل {amount})",
    "An opening float of {amount} is not plausible": "رصيد افتتاحي بقيمة {amount} غير معقول",
    "A paid-in or paid-out amount must be more than zero":
        "يجب أن يكون مبلغ الإيداع أو السحب أكبر من صفر",
    "A paid-in or paid-out needs a reason": "الإيداع أو السحب يحتاج إلى سبب",
    "The shift opened at {at} is already closed": "الوردية المفتوحة في {at} مغلقة بالفعل",
    "The shift is closed; cash can no longer be paid in or out":
        "الوردية مغلقة؛ لم يعد ممكنًا إيداع النقد أو سحبه",
    "The amount {word} must be more than zero (got {amount})":
        "يجب أن يكون المبلغ {word} أكبر من صفر (المُدخل {amount})",
    "{amount} {word} is not plausible": "{amount} {word} غير معقول",
    "Say why cash is {word}: a reason is required": "اذكر سبب النقد {word}: السبب مطلوب",
    "The reason is too long (at most {n} characters)": "السبب طويل جدًا ({n} حرفًا على الأكثر)",
    "Cannot pay out {amount}: the drawer should only hold {held}":
        "لا يمكن سحب {amount}: يجب ألا يحتوي الدرج إلا على {held}",
    "A Z report is only made for a closed shift": "تقرير Z يُعدّ لوردية مغلقة فقط",
    "Cannot count {key}: the tenders are {names}": "لا يمكن عدّ {key}: طرق الدفع هي {names}",
    "{tender} was counted twice": "عُدّ {tender} مرتين",
    "Counted cash cannot be negative": "لا يمكن أن يكون النقد المعدود سالبًا",
    "The count of {tender} is not plausible": "عدّ {tender} غير معقول",
    "Count every tender taken before closing; missing: {names}":
        "عُدّ كل طرق الدفع المحصّلة قبل الإغلاق؛ الناقص: {names}",
    "No shift is open on terminal {terminal}; open one first":
        "لا توجد وردية مفتوحة على الجهاز {terminal}؛ افتح واحدة أولًا",
    "There is no Z report number {z} on terminal {terminal}":
        "لا يوجد تقرير Z رقم {z} على الجهاز {terminal}",
    "A shift is already open on terminal {terminal} (opened by {by} at {at}); close it with a Z "
    "report before opening another":
        "توجد وردية مفتوحة بالفعل على الجهاز {terminal} (فتحها {by} في {at})؛ أغلقها بتقرير Z "
        "قبل فتح أخرى",
    "{staff} is not an active staff member of this store": "{staff} ليس موظفًا نشطًا في هذا المتجر",
    "The open shift is in {currency} but the store is now set to {store}; set the store currency "
    "back to {currency} to close it (its float was {float})":
        "الوردية المفتوحة بعملة {currency} لكن المتجر مضبوط الآن على {store}؛ أعد عملة المتجر "
        "إلى {currency} لإغلاقها (كان رصيدها الافتتاحي {float})",
    # ---- staff, sign-in and the back office --------------------------------------------
    "Choose your name first, then type your PIN": "اختر اسمك أولًا، ثم اكتب رمز PIN",
    "A PIN is {low} to {high} digits": "رمز PIN من {low} إلى {high} أرقام",
    "PIN must be {low} to {high} digits": "يجب أن يكون رمز PIN من {low} إلى {high} أرقام",
    "Unknown role {text} (one of {choices})": "دور غير معروف {text} (أحد {choices})",
    "No staff member with id {staff}": "لا يوجد موظف بالمعرّف {staff}",
    "No staff member is called {name}": "لا يوجد موظف باسم {name}",
    "No active staff member is called {name}; names are listed on the sign-in screen":
        "لا يوجد موظف نشط باسم {name}؛ الأسماء مدرجة في شاشة تسجيل الدخول",
    "{n} active staff members are called {name}: name one by id ({ids})":
        "{n} موظفين نشطين باسم {name}: حدّد واحدًا بالمعرّف ({ids})",
    "This store already has staff; a manager adds people with `pos-app staff add`":
        "لهذا المتجر موظفون بالفعل؛ يضيف المدير الأشخاص بالأمر `pos-app staff add`",
    "{name} is deactivated: reactivate them with a new PIN":
        "{name} معطّل: أعد تفعيله برمز PIN جديد",
    "{name} is deactivated: reactivate them first": "{name} معطّل: أعد تفعيله أولًا",
    "There is already an active staff member named {name}": "يوجد بالفعل موظف نشط باسم {name}",
    "Cannot take the manager's role from {name}: they are the store's last manager. Add another "
    "manager first":
        "لا يمكن نزع دور المدير من {name}: إنه آخر مدير في المتجر. أضف مديرًا آخر أولًا",
    "Cannot deactivate {name}: they are the store's last manager. Add another manager first":
        "لا يمكن تعطيل {name}: إنه آخر مدير في المتجر. أضف مديرًا آخر أولًا",
    "A {by} cannot give or change the role {role}": "لا يمكن لـ{by} منح الدور {role} أو تغييره",
    "Staff name is required": "اسم الموظف مطلوب",
    "Staff name is longer than {n} characters": "اسم الموظف أطول من {n} حرفًا",
    "Staff name contains control characters": "اسم الموظف يحتوي على أحرف تحكم",
    "Nobody is signed in; only a {need} can": "لم يسجّل أحد الدخول؛ لا يمكن ذلك إلا لـ{need}",
    "A {role} cannot {what}; only a {need} can": "لا يمكن لـ{role} {what}؛ لا يمكن ذلك إلا لـ{need}",
    "{one} or {other}": "{one} أو {other}",
    "open the back office": "فتح الإدارة",
    "change commission plans": "تغيير خطط العمولة",
    "Nobody is signed in; a manager or owner can":
        "لم يسجّل أحد الدخول؛ يمكن ذلك للمدير أو المالك",
    "A {role} cannot read the journal; a manager or owner can":
        "لا يمكن لـ{role} قراءة السجل؛ يمكن ذلك للمدير أو المالك",
    "Switching a feature flag for the store needs a manager or the owner":
        "تبديل ميزة للمتجر يتطلب مديرًا أو المالك",
    "A report period must end after it starts": "يجب أن تنتهي فترة التقرير بعد بدايتها",
    "A custom period needs its first and last day": "الفترة المخصصة تحتاج إلى يومها الأول والأخير",
    "The last day of the period is before its first day": "آخر يوم في الفترة قبل أول يوم فيها",
    "Commission plans are saved in the central database, and none is configured":
        "تُحفظ خطط العمولة في قاعدة البيانات المركزية، ولا توجد قاعدة مُعدّة",
    # ---- commission plans --------------------------------------------------------------
    "A plan needs an id and a name": "الخطة تحتاج إلى معرّف واسم",
    "Plan {name}: {error}": "الخطة {name}: {error}",
    "Plan {name}: it must end after it starts": "الخطة {name}: يجب أن تنتهي بعد بدايتها",
    "Plan {name}: it pays nothing (no rate, spiff, tier or bonus)":
        "الخطة {name}: لا تدفع شيئًا (لا نسبة ولا حافز ولا شريحة ولا مكافأة)",
    "Plan {name}, rule {i}": "الخطة {name}، القاعدة {i}",
    "Plan {name}, spiff {i}: the amount must be >= 0":
        "الخطة {name}، الحافز {i}: يجب أن يكون المبلغ >= 0",
    "Plan {name}, spiff {i}: say which items it pays on":
        "الخطة {name}، الحافز {i}: حدّد الأصناف التي يُدفع عليها",
    "Plan {name}, bonus {i}: the threshold must be > 0 and the amount >= 0":
        "الخطة {name}، المكافأة {i}: يجب أن يكون الحد > 0 والمبلغ >= 0",
    "{where}: the rate must be a whole number >= 0": "{where}: يجب أن تكون النسبة عددًا صحيحًا >= 0",
    "{where}: a rate over 100 % ({bp} bp) is not allowed":
        "{where}: لا يُسمح بنسبة تتجاوز 100 % ({bp} نقطة أساس)",
    "tier from {threshold}": "الشريحة من {threshold}",
    "A tier schedule needs at least one tier": "جدول الشرائح يحتاج إلى شريحة واحدة على الأقل",
    "The first tier must start at 0": "يجب أن تبدأ الشريحة الأولى من 0",
    "Tier thresholds must increase strictly": "يجب أن تتزايد حدود الشرائح تزايدًا صارمًا",
    "No commission plan covers {staff} on {day}": "لا توجد خطة عمولة تشمل {staff} في {day}",
    "No valid commission plan for {staff} on {day}; unreadable plans: {reasons}":
        "لا توجد خطة عمولة صالحة لـ{staff} في {day}؛ خطط غير مقروءة: {reasons}",
    "A clawback needs a positive returned quantity of a sold line":
        "استرداد العمولة يحتاج إلى كمية مُرجَعة موجبة من سطر مبيع",
    "Returning {returning} after {before} of {sold} units is more than was sold":
        "إرجاع {returning} بعد {before} من {sold} وحدة أكثر مما بيع",
    # ---- catalog and stock -------------------------------------------------------------
    "No product with barcode {code}": "لا يوجد منتج بالباركود {code}",
    "No product with SKU or code {code}": "لا يوجد منتج برمز SKU أو الرمز {code}",
    "No product variant with id {variant}": "لا يوجد متغير منتج بالمعرّف {variant}",
    "No Shopify stock level is known for {sku} at this location yet":
        "لا يُعرف بعد مستوى مخزون Shopify لـ{sku} في هذا الموقع",
    "Shopify keeps failing; sync paused for {n} s":
        "يستمر فشل Shopify؛ المزامنة متوقفة لمدة {n} ث",
    # ---- the till's own disk and database ----------------------------------------------
    "The sales database is damaged ({detail}). {advice}":
        "قاعدة بيانات المبيعات تالفة ({detail}). {advice}",
    "Nothing more is written into it. Read what is still there with `pos-app status` and copy "
    "it with `pos-app backup --to DIR`; then put the last good backup back with `pos-app "
    "restore FILE` (the damaged file is kept aside).":
        "لن يُكتب فيها شيء بعد الآن. اقرأ ما بقي فيها بالأمر `pos-app status` وانسخه بالأمر "
        "`pos-app backup --to DIR`؛ ثم أعد آخر نسخة احتياطية سليمة بالأمر `pos-app restore "
        "FILE` (يُحفظ الملف التالف جانبًا).",
    "The disk holding the sales database is full ({detail})":
        "القرص الذي يحمل قاعدة بيانات المبيعات ممتلئ ({detail})",
    "The sales database cannot be written: {detail}":
        "لا يمكن الكتابة في قاعدة بيانات المبيعات: {detail}",
    "The disk is full: {detail}": "القرص ممتلئ: {detail}",
    "The data directory cannot be used: {detail}": "لا يمكن استخدام مجلد البيانات: {detail}",
    # ---- the back office's plan editor (services/commission_plans.parse_draft) ----------
    "Row {n}: {problem}": "الصف {n}: {problem}",
    "Give the plan a name": "أعطِ الخطة اسمًا",
    "The plan needs an id": "الخطة تحتاج إلى معرّف",
    "The plan must end after it starts": "يجب أن تنتهي الخطة بعد بدايتها",
    "The period is a month or a week": "الفترة شهر أو أسبوع",
    "No staff member called “{name}”": "لا يوجد موظف باسم «{name}»",
    "“{text}” is not a role ({roles})": "«{text}» ليس دورًا ({roles})",
    "“{code}” is not a currency code such as USD": "«{code}» ليس رمز عملة مثل USD",
    "Enter the rate": "أدخل النسبة",
    "Rate: {error}": "النسبة: {error}",
    "Say which items the spiff pays on (SKU, collection or type)":
        "حدّد الأصناف التي يُدفع عليها الحافز (SKU أو مجموعة أو نوع)",
    "Amount per unit: {error}": "المبلغ لكل وحدة: {error}",
    "Add at least one tier, starting at 0": "أضف شريحة واحدة على الأقل، تبدأ من 0",
    "From: {error}": "من: {error}",
    "Each tier must start above the one before": "يجب أن تبدأ كل شريحة فوق التي قبلها",
    "Threshold: {error}": "الحد: {error}",
    "Amount: {error}": "المبلغ: {error}",
    "The plan pays nothing yet: add a rate, a spiff, tiers or a bonus":
        "الخطة لا تدفع شيئًا بعد: أضف نسبة أو حافزًا أو شرائح أو مكافأة",
    "“{text}” is not an amount": "«{text}» ليس مبلغًا",
    "“{text}” is not a percentage": "«{text}» ليس نسبة مئوية",
    "“{text}” is not a whole number of units": "«{text}» ليس عددًا صحيحًا من الوحدات",
    "use at most {n} decimal(s) for {currency}": "استخدم {n} منزلة عشرية على الأكثر لـ{currency}",
    "use at most two decimals for a percentage": "استخدم منزلتين عشريتين على الأكثر للنسبة المئوية",
    "over 100 % is not allowed": "لا يُسمح بأكثر من 100 %",
    "must be more than 0": "يجب أن يكون أكبر من 0",
    # ---- what the set-up steps did (app/setup_steps.py), said in the wizard ----
    "Prices include tax; tax rounded {rounding}; cash rounding {cash}":
        "الأسعار تشمل الضريبة؛ تقريب الضريبة {rounding}؛ تقريب النقد {cash}",
    "Prices exclude tax; tax rounded {rounding}; cash rounding {cash}":
        "الأسعار لا تشمل الضريبة؛ تقريب الضريبة {rounding}؛ تقريب النقد {cash}",
    "Tax class {code} ({name}): {rates}":
        "فئة الضريبة {code} ({name}): {rates}",
    "Printer {printer}: test page sent ({when})":
        "الطابعة {printer}: أُرسلت صفحة الاختبار ({when})",
    "Config: [printer] device = {device} written to {path}":
        "الإعداد: [printer] device = {device} كُتب في {path}",
    # ---- the set-up wizard's Shopify and central steps (app/setup_steps.py, the
    # reconcile and central commands, services' summaries) ------------------------------
    'Shop             {name} ({domain}), sells in {currency}; API {version}':
        'المتجر: {name} ({domain})، يبيع بعملة {currency}؛ واجهة API {version}',
    'Location         {name} ({id})':
        'الموقع: {name} ({id})',
    'Token            from POS_APP_SHOPIFY_TOKEN (kept there, not stored)':
        'الرمز: من POS_APP_SHOPIFY_TOKEN (يبقى هناك ولا يُخزَّن)',
    'Token            stored in the keyring (service {service}, user {user})':
        'الرمز: خُزِّن في حلقة المفاتيح (الخدمة {service}، المستخدم {user})',
    'Config           [shopify] written to {path}':
        'الإعداد: [shopify] كُتب في {path}',
    'per total':
        'على الإجمالي',
    'per line':
        'لكل سطر',
    '{name} {percent}%':
        '{name} {percent}٪',
    '{percent}%':
        '{percent}٪',
    'Catalog          not pulled (cancelled): the next reconcile pulls it':
        'الكتالوج: لم يُجلب (أُلغي): تجلبه المطابقة التالية',
    'Catalog          cancelled at {done} products: the next reconcile pulls the rest':
        'الكتالوج: أُلغي عند {done} منتج: تجلب المطابقة التالية الباقي',
    'Catalog          cancelled at {done} of {total} products: the next reconcile pulls the rest':
        'الكتالوج: أُلغي عند {done} من {total} منتج: تجلب المطابقة التالية الباقي',
    'Outcome          {outcome}: {message}':
        'النتيجة: {outcome}: {message}',
    'Outcome          {outcome}':
        'النتيجة: {outcome}',
    'Catalog          {read} variants read, {new} new, {changed} changed, {no_sku} without SKU, {collections} collections read':
        'الكتالوج: قُرئ {read} متغيّر، {new} جديد، {changed} تغيّر، {no_sku} بلا SKU، قُرئت {collections} مجموعة',
    'Levels           {updated} updated ({reads} bulk reads)':
        'المخزون: حُدِّث {updated} ({reads} قراءة مجمّعة)',
    'Pushed           {events} events in {mutations} mutations, {rejected} set aside, {retries} retries':
        'المُرسَل: {events} حدث في {mutations} عملية تعديل، {rejected} جُنِّب، {retries} إعادة محاولة',
    'Counts           {applied} applied, {variances} as variances, {stale} stale':
        'الجرد: طُبِّق {applied}، {variances} كفروقات، {stale} قديم',
    'Oversold         {skus}':
        'مُباع بأكثر من المخزون: {skus}',
    'Oversold         none':
        'مُباع بأكثر من المخزون: لا شيء',
    'Shopify API      {requests} requests, {points} cost points, {throttled} throttled ({seconds} s waited)':
        'واجهة Shopify: {requests} طلب، {points} نقطة تكلفة، {throttled} مُقيَّد ({seconds} ث انتظار)',
    'Attention        {count} item(s) need a person: pos-app reconcile --status':
        'انتباه: {count} عنصر يحتاج إلى شخص: pos-app reconcile --status',
    'Central sync backing off until {until}':
        'المزامنة المركزية متوقفة مؤقتًا حتى {until}',
    '{topic} {count}':
        '{topic} {count}',
    'Pushed           {pushed} record(s) in {batches} batch(es) ({topics}) in {seconds} s':
        'المُرسَل: {pushed} سجل في {batches} دفعة ({topics}) خلال {seconds} ث',
    'Pushed           {pushed} record(s) in {batches} batch(es) in {seconds} s':
        'المُرسَل: {pushed} سجل في {batches} دفعة خلال {seconds} ث',
    'Rejected         {rejected} this round; {total} need attention':
        'المرفوض: {rejected} في هذه الجولة؛ {total} تحتاج إلى انتباه',
    'Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s), {flags} flag override(s)':
        'المُستلَم: {plans} خطة، {staff} موظف، {settings} إعداد تغيّر، {tills} إجمالي فترة لصناديق أخرى، {flags} تجاوز لمفاتيح الميزات',
    'Pulled           {plans} plan(s), {staff} staff, {settings} setting(s) changed, {tills} other-till period total(s)':
        'المُستلَم: {plans} خطة، {staff} موظف، {settings} إعداد تغيّر، {tills} إجمالي فترة لصناديق أخرى',
    'Still pending    {count}':
        'ما زال معلّقًا: {count}',
    'Journal          {count} record(s) pushed; STOPPED: {error}':
        'السجل: أُرسل {count} سجل؛ توقّف: {error}',
    'Journal          {count} record(s) pushed':
        'السجل: أُرسل {count} سجل',
    'PAUSED           {error}':
        'متوقف مؤقتًا: {error}',
    '                 nothing was rejected: every row stays queued and goes once the configuration or the role is fixed':
        'لم يُرفض شيء: يبقى كل صف في قائمة الانتظار ويُرسَل بمجرد إصلاح الإعداد أو الدور',
    'Stopped          {error}':
        'توقّف: {error}',
    "Settlement       by the store's settlement role, not this terminal's (pos-app commission-settle --central-url ...)":
        'التسوية: يقوم بها دور التسوية للمتجر، لا دور هذا الجهاز (pos-app commission-settle --central-url ...)',
    'Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked, current and previous month included)':
        'سُوِّي: كُتب {count} سجل شريحة/مكافأة للمتجر {store} (فُحصت {periods} فترة، بما فيها الشهر الحالي والسابق)',
    'Settled          {count} tier/bonus record(s) written for store {store} ({periods} period(s) checked)':
        'سُوِّي: كُتب {count} سجل شريحة/مكافأة للمتجر {store} (فُحصت {periods} فترة)',
    'created':
        'أُنشئ',
    'upgraded':
        'رُقّي',
    'already current':
        'محدّث بالفعل',
    'empty':
        'فارغ',
    'Central schema   {what} ({before} -> {after})':
        'المخطط المركزي: {what} ({before} -> {after})',
    'Next: on each terminal, `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`':
        'التالي: على كل محطة، `pos-app central connect --url postgresql+psycopg://ROLE@HOST/DB --store-id STORE --admin-url ...`',
    'Terminal role    {role} for store {store}, terminal {terminal}':
        'دور الجهاز: {role} للمتجر {store}، الجهاز {terminal}',
    'Password         in the keyring (service {service}, user {user})':
        'كلمة المرور: في حلقة المفاتيح (الخدمة {service}، المستخدم {user})',
    'Config           [central] written to {path}':
        'الإعداد: [central] كُتب في {path}',
    # ---- the set-up wizard's own refusals (app/setup_steps.py) --------------------------
    "The store id is required": "معرّف المتجر مطلوب",
    "The store name is required": "اسم المتجر مطلوب",
    "The terminal id is required": "معرّف الصندوق مطلوب",
    "Cash rounding must be 1 (none) or more minor units, e.g. 5":
        "يجب أن يكون تقريب النقد 1 (بلا تقريب) أو أكثر من الوحدات الصغرى، مثل 5",
    "The owner's name is required": "اسم المالك مطلوب",
    "The two PINs differ: type the same PIN twice":
        "رمزا PIN مختلفان: اكتب رمز PIN نفسه مرتين",
    "The central database's URL (postgresql+psycopg://ROLE@HOST/DB) and the store id are both required; or skip this step to keep the embedded database":
        "عنوان URL لقاعدة البيانات المركزية (postgresql+psycopg://ROLE@HOST/DB) ومعرّف المتجر مطلوبان كلاهما؛ أو تخطَّ هذه الخطوة للإبقاء على قاعدة البيانات المدمجة",
    "Choose or type the printer's form (e.g. usb:04b8:0202, network:192.0.2.10:9100)":
        "اختر الطابعة أو اكتب صيغتها (مثل usb:04b8:0202، network:192.0.2.10:9100)",
    # ---- the journal's sources and where its chain is (app/journal_commands.py)
    "this terminal": "هذا الجهاز",
    "This terminal ({terminal})": "هذا الجهاز ({terminal})",
    "Central database (store {store})": "قاعدة البيانات المركزية (المتجر {store})",
    "terminal {terminal}": "الجهاز {terminal}",
    "central database, store {store}": "قاعدة البيانات المركزية، المتجر {store}",
    # ---- where a journal's chain is broken (domain/journal.py verify_chain)
    "record of terminal {terminal} in this chain":
        "سجل من الجهاز {terminal} في هذه السلسلة",
    "two records are numbered {seq}":
        "سجلان يحملان الرقم {seq}",
    "seq {first} missing (deleted): the record after seq {prev} is seq {next}":
        "التسلسل {first} مفقود (محذوف): السجل بعد التسلسل {prev} هو التسلسل {next}",
    "seq {first} to {last} missing (deleted): the record after seq {prev} is seq {next}":
        "التسلسل {first} إلى {last} مفقود (محذوف): السجل بعد التسلسل {prev} هو التسلسل {next}",
    "it was written after the record now numbered {seq}: records were reordered":
        "كُتب بعد السجل الذي يحمل الآن الرقم {seq}: أُعيد ترتيب السجلات",
    "it was written right after seq {seq}: seq {first} to {last} were put in between":
        "كُتب مباشرة بعد التسلسل {seq}: أُدرجت التسلسلات {first} إلى {last} بينهما",
    "the next record was written right after seq {seq}: this one was inserted":
        "السجل التالي كُتب مباشرة بعد التسلسل {seq}: هذا السجل مُدرَج",
    "the record it was written after is no longer in the journal (deleted, and the rest renumbered)":
        "السجل الذي كُتب بعده لم يعد في السجل (حُذف وأُعيد ترقيم الباقي)",
    "its MAC does not verify and the next record was written right after the one before it: it was inserted":
        "رمز MAC الخاص به لا يتحقق والسجل التالي كُتب مباشرة بعد السابق له: لقد أُدرج",
    "its MAC does not verify: the record was altered":
        "رمز MAC الخاص به لا يتحقق: تم تعديل السجل",
    "its MAC does not verify: the record was altered, or added by someone without the key":
        "رمز MAC الخاص به لا يتحقق: تم تعديل السجل، أو أضافه شخص لا يملك المفتاح",
    "records through seq {through} are known to have been written; the journal ends at seq {last}":
        "من المعروف أن السجلات كُتبت حتى التسلسل {through}؛ ينتهي السجل عند التسلسل {last}",
    "recorded at first start": 'سُجّلت عند أول تشغيل',
    # ---- the set-up wizard's central step and the first sync (app/central_*.py) ------
    'Started store {store} ({name}), terminal {terminal}':
        'بدأ المتجر {store} ({name})، الجهاز {terminal}',
    'Receipts start at #1.':
        'تبدأ الإيصالات من رقم 1.',
    "the central database at {url} cannot be reached or refused the login: {error}. Check the host, the database and the owner's password ({env})":
        'تعذّر الوصول إلى قاعدة البيانات المركزية في {url} أو رفضت تسجيل الدخول: {error}. تحقّق من الخادم وقاعدة البيانات وكلمة مرور المالك ({env})',
    "{error}. Set {env} to the role's password on this terminal (it was not shown and is not kept anywhere else; run this again with --password-stdin to choose one)":
        '{error}. اضبط {env} على كلمة مرور الدور في هذا الجهاز (لم تُعرض ولا تُحفظ في أي مكان آخر؛ شغّل هذا مجددًا مع --password-stdin لاختيار واحدة)',
    'commission settlement stopped: {error}':
        'توقّفت تسوية العمولات: {error}',
    'commission settlement refused: {error}':
        'رُفضت تسوية العمولات: {error}',
    'central sync paused: {error}':
        'المزامنة المركزية متوقفة مؤقتًا: {error}',
    'central sync stopped: {error}':
        'توقّفت المزامنة المركزية: {error}',
    'central init failed':
        'تعذّر إعداد قاعدة البيانات المركزية',
    'central connect failed':
        'تعذّر ربط هذا الصندوق بقاعدة البيانات المركزية',
    'Central schema   {what}':
        'المخطط المركزي: {what}',
    "Password         kept in this computer's keyring":
        'كلمة المرور: محفوظة في حلقة مفاتيح هذا الحاسوب',
    "Settlement       by the store's settlement role":
        'التسوية: يقوم بها دور التسوية للمتجر',
    '  {staff} tier adjustment {period} plan {plan}: {amount} (version {version}) [{reason}]':
        '  {staff} تعديل الشريحة {period} الخطة {plan}: {amount} (الإصدار {version}) [{reason}]',
    '  {staff} bonus           {period} plan {plan}: {amount} (version {version}) [{reason}]':
        '  {staff} مكافأة {period} الخطة {plan}: {amount} (الإصدار {version}) [{reason}]',
    '  {staff} tier adjustment {period} plan {plan}: {amount} (version {version})':
        '  {staff} تعديل الشريحة {period} الخطة {plan}: {amount} (الإصدار {version})',
    '  {staff} bonus           {period} plan {plan}: {amount} (version {version})':
        '  {staff} مكافأة {period} الخطة {plan}: {amount} (الإصدار {version})',
    'ok':
        'تمّ',
    'offline':
        'غير متصل',
    'paused':
        'متوقف مؤقتًا',
    'auth_failed':
        'رُفض الدخول',
    'busy':
        'مشغول',
    'error':
        'خطأ',
    'staff':
        'الموظفون',
    'commission records':
        'سجلات العمولة',
    'shifts':
        'الورديات',
    'alerts':
        'التنبيهات',
    # ---- the stock needs-attention list (services/inventory_messages.py) -----------
    "this store's Shopify location":
        'موقع هذا المتجر في Shopify',
    'This item is not stocked at {location} in Shopify: stock it there in Shopify admin, then send the set-aside changes again (Send again in this list, or pos-app reconcile --retry-rejected)':
        'هذا الصنف غير مخزَّن في {location} في Shopify: خزّنه هناك من لوحة إدارة Shopify، ثم أعد إرسال التغييرات المؤجلة (إعادة الإرسال في هذه القائمة، أو \u202apos-app reconcile --retry-rejected\u202c)',
    "Shopify does not know the location {location}: check the store's location in Shopify admin and in the set-up wizard":
        'لا يعرف Shopify الموقع {location}: تحقّق من موقع المتجر في لوحة إدارة Shopify وفي معالج الإعداد',
    'Shopify no longer has this item: check in Shopify admin that the product exists and tracks its stock':
        'لم يعد هذا الصنف موجودًا في Shopify: تحقّق في لوحة إدارة Shopify من أن المنتج موجود وأن مخزونه متتبَّع',
    'The stock in Shopify changed while the count was sent: count the item again':
        'تغيّر المخزون في Shopify أثناء إرسال الجرد: اجرد الصنف مرة أخرى',
    "Shopify refused the quantity as out of range: check the item's stock in Shopify admin and count it again":
        'رفض Shopify الكمية لأنها خارج النطاق: تحقّق من مخزون الصنف في لوحة إدارة Shopify واجرده مرة أخرى',
    'Shopify refused the stock change (code {code}): tell support':
        'رفض Shopify تغيير المخزون (الرمز {code}): أبلغ الدعم الفني',
    'Counted {counted}; this till expected {expected} on hand, but the stock in Shopify had changed. The difference, {variance}, was sent instead: check the item in Shopify admin':
        'الكمية المجرودة {counted}؛ توقّع هذا الصندوق {expected} في المخزون، لكن المخزون في Shopify كان قد تغيّر. أُرسل الفرق \u202a{variance}\u202c بدلًا من ذلك: تحقّق من الصنف في لوحة إدارة Shopify',
    'Counted {counted}; this till expected {expected} on hand, but Shopify had {now}. The difference, {variance}, was sent instead: check the item in Shopify admin':
        'الكمية المجرودة {counted}؛ توقّع هذا الصندوق {expected} في المخزون، لكن Shopify كان لديه {now}. أُرسل الفرق \u202a{variance}\u202c بدلًا من ذلك: تحقّق من الصنف في لوحة إدارة Shopify',
    'SKU {sku} is not a stock-tracked Shopify item at this location: its stock change was set aside. Track it in Shopify admin, or fix the SKU':
        'رمز الصنف {sku} ليس صنفًا متتبَّع المخزون في Shopify في هذا الموقع: أُجِّل تغيير مخزونه. فعّل تتبّعه في لوحة إدارة Shopify أو صحّح رمز الصنف',
    'Barcode {barcode} is on SKUs {owner} and {other} in Shopify. Scanning it rings up {owner}; {other} has no barcode here until the duplicate is fixed in Shopify admin':
        'الباركود {barcode} موجود على رمزي الصنفين {owner} و{other} في Shopify. مسحه يسجّل {owner}؛ ولا باركود لـ{other} هنا حتى يُصحَّح التكرار في لوحة إدارة Shopify',
    'Shopify shows {available} available for {sku}: units were sold twice while the till was offline. Count the item and check recent orders':
        'يعرض Shopify \u202a{available}\u202c متاحًا لـ{sku}: بيعت وحدات مرتين أثناء انقطاع الصندوق عن الاتصال. اجرد الصنف وراجع الطلبات الأخيرة',
    'A stock change could not be read and was set aside: tell support':
        'تعذّرت قراءة تغيير في المخزون فأُجِّل: أبلغ الدعم الفني',
}
