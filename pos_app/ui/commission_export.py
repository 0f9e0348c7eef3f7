"""The commission report as a PDF for payroll: an A4 landscape table drawn by Qt
(QTextDocument printed to a QPdfWriter). Needs a QGuiApplication (fonts); may run off
the GUI thread, like the receipt PDF."""

from __future__ import annotations

import html
import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from pos_app.domain.errors import StorageUnavailable
from pos_app.services.commission_reports import CommissionReport, ReportPeriod, SourceInfo

from .i18n import QT_TRANSLATE_NOOP, fmt, language, money_text, translate

RESOLUTION_DPI = 300
_COLUMNS = (QT_TRANSLATE_NOOP("Export", "Staff"), QT_TRANSLATE_NOOP("Export", "Sales (net)"),
            QT_TRANSLATE_NOOP("Export", "Units"),
            QT_TRANSLATE_NOOP("Export", "Sale commission"),
            QT_TRANSLATE_NOOP("Export", "Clawbacks"),
            QT_TRANSLATE_NOOP("Export", "Tier adjustments"),
            QT_TRANSLATE_NOOP("Export", "Bonuses"), QT_TRANSLATE_NOOP("Export", "Commission"),
            QT_TRANSLATE_NOOP("Export", "Needs review"))


def period_text(period: ReportPeriod) -> str:
    """A report period in the screen's language and the store's locale ("December 2026",
    "diciembre de 2026", "Woche vom 30.11.2026"); English keeps the services' wording."""
    if language() == "en":
        return period.label
    f = fmt()
    if period.kind == "month":
        return f.month_year(period.start)
    if period.kind == "year":
        return str(period.start.year)
    if period.kind == "week":
        return translate("BackOffice", "Week of {date}").format(date=f.date(period.start))
    if period.days == 1:
        return f.date(period.start)
    return f"{f.date(period.start)} – {f.date(period.last)}"


def source_description(text: str) -> str:
    """What a report source covers (adapters' `description`, in English) in the screen's
    language."""
    if text == "all stores and terminals":
        return translate("Export", "all stores and terminals")
    mine = re.fullmatch(r"this terminal's records only \((?P<terminal>.*)\)", text)
    if mine is not None:
        return translate("Export", "this terminal's records only ({terminal})").format(
            terminal=mine["terminal"])
    return text


def banner_text(info: SourceInfo) -> str:
    """Where the numbers come from and how fresh they are, in the screen's language and
    the store's locale (English keeps the services' wording)."""
    if language() == "en":
        return info.banner
    f = fmt()
    head = translate("Export", "Central database") if info.source == "central" \
        else translate("Export", "Local data")
    when = translate("Export", "as of {time}").format(time=f.date_time(info.as_of)) \
        if info.as_of else translate("Export", "no records yet")
    parts = [f"{head} · {source_description(info.description)} · {when}"]
    if info.last_sync is not None:
        parts.append(translate("Export", "last terminal push {time}").format(
            time=f.date_time(info.last_sync)))
    if info.unsynced:
        parts.append(translate("Export", "{n} record(s) not yet sent to the central "
                                         "database").format(n=f.number(info.unsynced)))
    text = " · ".join(parts)
    return translate("Export", "Offline: {why}. {text}").format(why=info.note, text=text) \
        if info.note else text


def report_html(report: CommissionReport, *, store_name: str = "",
                generated: datetime | None = None) -> str:
    cur = report.currency
    e = html.escape

    def money(v: int) -> str:
        return e(money_text(v, cur))

    head = "".join(f'<th align="{"left" if i == 0 else "right"}">'
                   f'{e(translate("Export", c))}</th>' for i, c in enumerate(_COLUMNS))
    rows = []
    for s in (*report.staff, report.totals):
        total = s is report.totals
        cells = [e(s.name), money(s.sales), fmt().number(s.units), money(s.sale_commission),
                 money(s.clawbacks), money(s.tier_adjustments), money(s.bonuses),
                 money(s.commission), str(s.needs_review) if s.needs_review else ""]
        tds = "".join(f'<td align="{"left" if i == 0 else "right"}">'
                      f'{"<b>" + c + "</b>" if total else c}</td>' for i, c in enumerate(cells))
        rows.append(f'<tr{" class=total" if total else ""}>{tds}</tr>')
    if report.empty:
        rows = [f'<tr><td colspan="{len(_COLUMNS)}">'
                f'{e(translate("Export", "No commission yet this period"))}</td></tr>']
    period = report.filter.period
    scope = report.filter.scope
    where = ", ".join(x for x in (
        translate("Export", "store {store}").format(store=scope.store_id)
        if scope.store_id else "",
        translate("Export", "terminal {terminal}").format(terminal=scope.terminal_id)
        if scope.terminal_id else "") if x) or \
        translate("Export", "all stores and terminals in the source")
    when = fmt().date_time(generated or datetime.now().astimezone())
    notes = ""
    if report.other_currencies:
        left = ", ".join(translate("Export", "{n} record(s) in {currency}").format(
            n=fmt().number(n), currency=c) for c, n in sorted(report.other_currencies.items()))
        notes = "<p>" + e(translate("Export", "Not included (another currency): {what}.")
                          .format(what=left)) + "</p>"
    title = translate("Export", "Commission · {period}").format(period=period_text(period))
    span = translate("Export", "{first} to {last}").format(first=fmt().date(period.start),
                                                           last=fmt().date(period.last))
    footer = translate("Export", "Amounts in {currency}. Generated {when}.").format(
        currency=cur, when=when)
    return f"""<html><head><style>
body {{ font-family: sans-serif; font-size: 9pt; color: #111; }}
h1 {{ font-size: 15pt; margin: 0; }}
p.sub {{ color: #444; margin: 2px 0 8px 0; }}
table {{ border-collapse: collapse; }}
th {{ background: #e9ebef; padding: 4px 6px; font-weight: bold; }}
td {{ padding: 3px 6px; border-bottom: 1px solid #ddd; }}
tr.total td {{ border-top: 2px solid #111; }}
</style></head><body>
<h1>{e(title)}{' · ' + e(store_name) if store_name else ''}</h1>
<p class="sub">{e(span)} · {e(where)}</p>
<p class="sub">{e(banner_text(report.info))}</p>
<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead>
<tbody>{''.join(rows)}</tbody></table>
{notes}
<p class="sub">{e(footer)}</p>
</body></html>"""


def write_commission_pdf(report: CommissionReport, path: Path | str, *,
                         store_name: str = "") -> Path:
    """Write the report as a PDF at `path`; StorageUnavailable if it cannot be written."""
    out = Path(path)
    try:
        # Qt reports an unwritable file only as a log warning; find out here, typed.
        with open(out, "wb"):
            pass
    except OSError as exc:
        raise StorageUnavailable(f"Cannot write the PDF to {out}: {exc.strerror}") from exc
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(translate("Export", "Commission · {period}").format(
        period=period_text(report.filter.period)))
    writer.setCreator("pos_app back office")
    # No page margins of our own: printing an unpaginated QTextDocument adds 2 cm.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(report_html(report, store_name=store_name))
    doc.print_(writer)
    del writer  # finishes the file
    return out
