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
}
