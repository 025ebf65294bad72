"""Command line: ``python -m app [--data-dir DIR] [command ...]``.

Without a command the GUI starts. Commands never prompt; an error prints one Vietnamese line to
stderr and exits non-zero. Commands that write (``demo``, ``restore``, ``import``) take the writer lock
and create the data folder when needed; the others only read, work while the GUI is open, and refuse
a folder that does not exist or holds no database without creating anything.

Importing this module stays light (no SQLAlchemy, no Qt): what the area registry offers (the export
kinds, the demo scale limit) is read when a command needs it or its help is printed.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from app import APP_NAME, __version__
from app.messages import message
from app.services.clock import parse_iso_day
from app.services.errors import DomainError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

_ARGPARSE_ERRORS = [
    (
        re.compile(r"argument LỆNH: invalid choice: (.*?) \(choose from (.*)\)"),
        "lệnh {0} không có (chọn một trong {1})",
    ),
    (re.compile(r"the following arguments are required: (.*)"), "thiếu tham số: {0}"),
    (re.compile(r"unrecognized arguments: (.*)"), "tham số không nhận ra: {0}"),
    (re.compile(r"argument (\S+): invalid int value: (.*)"), "tham số {0}: {1} không phải số nguyên"),
    (re.compile(r"argument (\S+): expected one argument"), "tham số {0} cần một giá trị"),
    (
        re.compile(r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)"),
        "tham số {0}: {1} không hợp lệ (chọn một trong {2})",
    ),
    (re.compile(r"invalid choice: (.*?) \(choose from (.*)\)"), "lệnh {0} không có (chọn một trong {1})"),
    # Our own type checks (--today) already speak Vietnamese: keep their text.
    (re.compile(r"argument (\S+): (.*không phải.*)"), "tham số {0}: {1}"),
]


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        # argparse passes prefix "" to compute a sub-command's prog ("thuky-iso export"): keep it
        # empty there, or every sub-command's usage reads "Cách dùng: Cách dùng: …".
        return super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)

    def _split_lines(self, text: str, width: int) -> list[str]:
        # Never inside a hyphenated name ("steering-decision", "Ủy ban … - Tự do").
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


class _Later(str):
    """A help text finished only when help is printed (it names what the area registry offers);
    until then argparse sees ``str(self)``, a short stand-in."""

    finish: Callable[[], str]

    def __new__(cls, stand_in: str, finish: Callable[[], str]) -> _Later:
        text = super().__new__(cls, stand_in)
        text.finish = finish
        return text


class _Choices(Sequence[str]):
    """Choices read from the area registry whenever argparse looks at them (parsing the command,
    printing its help or an error), never while the parser is built. Not cached: areas registered
    later (tests) are offered too."""

    def __init__(self, load: Callable[[], list[str]]) -> None:
        self._load = load

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        return self._load()[index]

    def __len__(self) -> int:
        return len(self._load())

    def __contains__(self, value: object) -> bool:
        return value in self._load()

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __repr__(self) -> str:
        return repr(self._load())


class _Parser(argparse.ArgumentParser):
    """argparse with Vietnamese headings and one-line Vietnamese errors."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "Tham số"
        self._optionals.title = "Tùy chọn"
        self.add_argument("-h", "--help", action="help", help="In hướng dẫn này rồi thoát.")

    def format_help(self) -> str:
        for action in self._actions:
            if isinstance(action.help, _Later):
                action.help = action.help.finish().replace("%", "%%")
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        text = message
        for pattern, template in _ARGPARSE_ERRORS:
            match = pattern.search(message)
            if match:
                text = template.format(*match.groups())
                break
        self.exit(EXIT_USAGE, f"Lỗi: {text}. Xem hướng dẫn: {self.prog} --help\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="thuky-iso",
        description=f"{APP_NAME} {__version__} — quản lý Hệ thống quản lý chất lượng TCVN ISO 9001:2015.\n"
        "Không có lệnh: mở giao diện.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="THƯ_MỤC",
        type=Path,
        help="Thư mục dữ liệu (mặc định: thư mục dữ liệu ứng dụng của người dùng).",
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=_iso_day,
        help="Coi ngày này là hôm nay (trạng thái, quá hạn, sắp đến hạn, dữ liệu mẫu); mặc định: ngày của máy.",
    )
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help="In phiên bản."
    )
    sub = parser.add_subparsers(dest="command", title="Lệnh", metavar="LỆNH", parser_class=_Parser)

    demo = sub.add_parser("demo", help="Tạo dữ liệu mẫu (một xã) trong thư mục dữ liệu trống.")
    demo.add_argument(
        "--scale",
        type=int,
        default=1,
        metavar="N",
        help=_Later(
            "Nhân khối lượng dữ liệu lên N lần.",
            lambda: f"Nhân khối lượng dữ liệu lên N lần (1–{_max_scale()}).",
        ),
    )

    sub.add_parser("check", help="Kiểm tra toàn vẹn và phiên bản cơ sở dữ liệu.")

    backup = sub.add_parser("backup", help="Sao lưu dữ liệu và tệp đính kèm vào một tệp.")
    backup.add_argument("--out", required=True, type=Path, metavar="TỆP", help="Tệp sao lưu (.zip) sẽ tạo.")

    restore = sub.add_parser("restore", help="Khôi phục từ tệp sao lưu (dữ liệu hiện có được sao lưu trước).")
    restore.add_argument("file", type=Path, metavar="TỆP", help="Tệp sao lưu (.zip).")

    imp = sub.add_parser(
        "import",
        help="Nhập danh mục TTHC, danh mục tài liệu hoặc kết quả giải quyết TTHC từ tệp .xlsx/.csv (không hỏi lại).",
    )
    imp.add_argument(
        "kind",
        choices=["tthc", "documents", "tthc-results"],
        metavar="LOẠI",
        help="tthc, documents hoặc tthc-results (báo cáo kết quả giải quyết TTHC của hệ thống một cửa).",
    )
    imp.add_argument("file", type=Path, metavar="TỆP", help="Tệp .xlsx hoặc .csv.")
    imp.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra, không ghi gì.")

    # The export kinds come from the area registry, which imports the models: choices and help
    # texts are read only when ``export`` is parsed or its help printed (see ``_Choices``).
    exp = sub.add_parser("export", help="Xuất sổ sách, văn bản ra tệp.")
    exp.add_argument(
        "what",
        nargs="?",
        choices=_Choices(lambda: [k.key for k in _export_kinds()]),
        metavar="NỘI_DUNG",
        help=_Later(
            "Nội dung cần xuất.",
            lambda: "; ".join(f"{k.key}: {k.help or k.title}" for k in _export_kinds()) + ".",
        ),
    )
    exp.add_argument(
        "--kinds",
        action="store_true",
        help="Liệt kê các nội dung xuất được, mỗi dòng một nội dung với các định dạng.",
    )
    exp.add_argument(
        "--year",
        type=int,
        metavar="NĂM",
        help="Năm (bắt buộc với văn bản theo năm; với quyết định: năm của ngày ký, đi cùng --number).",
    )
    exp.add_argument(
        "--number",
        metavar="SỐ",
        help="Số của văn bản cần xuất (ví dụ 05 hoặc 05/QĐ-UBND), cùng --year; không có: văn bản mới nhất.",
    )
    variants = _Choices(lambda: sorted({v for k in _export_kinds() for v in k.variants}))
    exp.add_argument(
        "--list",
        choices=variants,
        default=None,
        metavar="DANH_MỤC",
        help=_Later(
            "Danh mục nào.",
            lambda: (
                f"Danh mục nào ({', '.join(variants)}; với documents: internal — tài liệu nội bộ, "
                "mặc định; external — tài liệu bên ngoài)."
            ),
        ),
    )
    formats = _Choices(lambda: sorted({f for k in _export_kinds() for f in k.formats}))
    exp.add_argument(
        "--format",
        choices=formats,
        metavar="ĐỊNH_DẠNG",
        help=_Later("Định dạng tệp.", lambda: f"Định dạng tệp: {', '.join(formats)}."),
    )
    exp.add_argument("--out", type=Path, metavar="TỆP", help="Tệp sẽ tạo (đuôi đúng định dạng).")
    exp.add_argument(
        "--signatures",
        action="store_true",
        help="In thêm ô ký “Người lập / Người phê duyệt” dưới danh mục.",
    )

    exp.add_argument(
        "--kind",
        choices=["h1", "year"],
        default=None,
        metavar="KỲ",
        help="Với report: h1 — báo cáo 6 tháng, year — báo cáo năm.",
    )

    rep = sub.add_parser("report", help="Lập, ký, gửi báo cáo 6 tháng / năm về HTQLCL.")
    rep_sub = rep.add_subparsers(dest="action", title="Việc", metavar="VIỆC", parser_class=_Parser)
    rep_sub.required = True
    steps = {
        "compose": "Lập bản dự thảo hoặc cập nhật số liệu của bản dự thảo.",
        "sign": "Ghi số, ngày và chuyển báo cáo sang đã ký (không sửa được nữa).",
        "send": "Ghi ngày gửi cấp trên của báo cáo đã ký.",
        "correct": "Lập bản sửa đổi (một bản dự thảo mới) của báo cáo đã ký hoặc đã gửi.",
    }
    for action, text in steps.items():
        step = rep_sub.add_parser(action, help=text)
        step.add_argument(
            "--kind",
            required=True,
            choices=["h1", "year"],
            metavar="KỲ",
            help="h1 (6 tháng) hoặc year (năm).",
        )
        step.add_argument("--year", required=True, type=int, metavar="NĂM", help="Năm của báo cáo.")
        if action == "sign":
            step.add_argument("--number", required=True, metavar="SỐ", help="Số báo cáo, ví dụ 25/BC-UBND.")
        if action in ("sign", "send"):
            step.add_argument(
                "--date", required=True, type=_iso_day, metavar="YYYY-MM-DD", help="Ngày ký / ngày gửi."
            )

    st = sub.add_parser(
        "status", help="Tình hình năm: các việc trong năm, việc quá hạn, sắp đến hạn, mức sẵn sàng kiểm tra."
    )
    st.add_argument(
        "--year", type=int, metavar="NĂM", help="Năm của danh sách việc (mặc định: năm của hôm nay)."
    )
    st.add_argument(
        "--format", choices=["json", "text"], default="text", metavar="ĐỊNH_DẠNG", help="json hoặc text."
    )

    se = sub.add_parser("search", help="Tìm mọi hồ sơ theo mã, số hoặc vài chữ (không cần dấu).")
    se.add_argument("text", metavar="CHỮ", help="Mã, số hoặc các chữ cần tìm (mọi chữ phải có trong hồ sơ).")
    se.add_argument(
        "--format", choices=["json", "text"], default="text", metavar="ĐỊNH_DẠNG", help="json hoặc text."
    )

    hist = sub.add_parser(
        "history",
        help="Nhật ký thay đổi: mọi lần tạo, sửa, xóa, chuyển trạng thái hồ sơ (ai, máy nào, lúc nào).",
    )
    hist.add_argument(
        "--since", type=_iso_day, metavar="YYYY-MM-DD", help="Chỉ các thay đổi từ ngày này (giờ của máy)."
    )
    hist.add_argument(
        "--type",
        metavar="LOẠI",
        help="Chỉ một loại hồ sơ (khóa của loại hồ sơ, ví dụ document, risk, corrective_action; hoặc tên bảng).",
    )
    hist.add_argument(
        "--format", choices=["json", "text"], default="text", metavar="ĐỊNH_DẠNG", help="json hoặc text."
    )

    shots = sub.add_parser("screenshots", help="Chụp mọi trang giao diện ra tệp PNG (không cần màn hình).")
    shots.add_argument("--out", required=True, type=Path, metavar="THƯ_MỤC", help="Thư mục ghi ảnh.")

    sub.add_parser(
        "selftest",
        help="Tự kiểm tra bản cài đặt: mở dữ liệu chỉ để đọc, vẽ cửa sổ chính, tìm phông chữ, bản dịch, "
        "bản chuyển đổi dữ liệu.",
        description="Tự kiểm tra bản cài đặt, không ghi gì vào dữ liệu của người dùng. Dòng cuối cùng là\n"
        "“selftest ok N ms” (N: số mili giây từ lúc chạy lệnh đến khi cửa sổ chính vẽ xong); lỗi: một\n"
        "dòng “Lỗi: …” và mã thoát 1. Không có --data-dir, hoặc thư mục không tồn tại hay chưa có dữ\n"
        "liệu: dùng một thư mục tạm trống rồi xóa. Cơ sở dữ liệu cũ chỉ được báo, không nâng cấp.",
    )
    return parser


def _export_kinds() -> list[Any]:
    from app.services.areas import export_kinds

    return export_kinds()


def _max_scale() -> int:
    from app.services.areas import MAX_DEMO_SCALE

    return MAX_DEMO_SCALE


def _data_root(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir)
    from app.paths import default_data_dir

    return default_data_dir()


def _iso_day(text: str) -> date:
    try:
        return parse_iso_day(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} không phải ngày dạng YYYY-MM-DD") from None


def _out(text: str) -> None:
    print(text, flush=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.bootstrap import open_data_dir
    from app.services.demo import fill_demo
    from app.services.vocabulary import number_text

    if not 1 <= args.scale <= _max_scale():
        raise _UsageError(f"tham số --scale phải từ 1 đến {_max_scale()}")
    started = time.perf_counter()
    ctx = open_data_dir(_data_root(args), writer=True, program="lệnh demo", today=args.today)
    try:
        summary = fill_demo(ctx.services, scale=args.scale)
    finally:
        ctx.close()
    _out(f"Đã tạo dữ liệu mẫu trong {ctx.data_dir.root} ({time.perf_counter() - started:.1f} giây):")
    _out(f"  Cơ quan: {summary.agency_name} (số liệu năm {summary.first_year}–{summary.current_year})")
    for count in summary.counts:
        _out(f"  {count.label}: {number_text(count.value)}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.bootstrap import open_data_dir, recover_data_dir
    from app.messages import recovery_lines
    from app.services.migrations import DbState, integrity_problems
    from app.services.recovery import attachment_problems

    # Under the writer lock when it is free: an interrupted restore is finished or undone, leftovers
    # removed. While another program holds it, the open below refuses a pending restore.
    recovery = recover_data_dir(_data_root(args), program="lệnh check")
    ctx = open_data_dir(_data_root(args), writer=False, program="lệnh check", create=False)
    try:
        status = ctx.status_before
        profile = ctx.services.agency.get_profile()
        problems = integrity_problems(ctx.data_dir.db_path)
        attachment_count, missing = attachment_problems(ctx.data_dir.db_path, ctx.data_dir.attachments_dir)
    finally:
        ctx.close()
    _out(f"Thư mục dữ liệu: {ctx.data_dir.root}")
    for line in recovery_lines(recovery) + recovery_lines(ctx.recovery):
        _out(line)
    if status.state is DbState.OUTDATED:
        _out(
            f"Cơ sở dữ liệu: đã nâng cấp từ phiên bản dữ liệu {status.revision} lên {status.head} (bản cũ ở backups/)"
        )
    else:
        _out(f"Cơ sở dữ liệu: phiên bản dữ liệu {status.head} (mới nhất)")
    _out(f"Cơ quan: {profile.full_name if profile else '(chưa khai báo)'}")
    if missing:
        named = [
            f"“{p.name}” ({'không còn tệp' if p.problem == 'missing' else 'tệp đã bị thay đổi'})"
            for p in missing[:5]
        ]
        more = f" và {len(missing) - 5} tệp khác" if len(missing) > 5 else ""
        problems = [
            *problems[:5],
            f"{len(missing)}/{attachment_count} tệp đính kèm không còn hoặc đã bị thay đổi: "
            f"{', '.join(named)}{more}; hãy khôi phục từ bản sao lưu hoặc đính kèm lại",
        ]
    else:
        _out(f"Tệp đính kèm: {attachment_count} tệp, đủ và đúng mã kiểm tra")
    if problems:
        print(f"Lỗi: kiểm tra toàn vẹn không đạt: {'; '.join(problems[:6])}", file=sys.stderr)
        return EXIT_ERROR
    _out("Kiểm tra toàn vẹn: đạt")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from app.bootstrap import open_data_dir
    from app.services.backup import create_backup
    from app.services.errors import BackupError
    from app.services.files import check_output_path
    from app.services.vocabulary import number_text

    root = _data_root(args)
    try:  # refused before the data folder is opened (create_backup checks again)
        check_output_path(Path(args.out), "backup", root, create_parents=True)
    except DomainError as exc:
        raise BackupError(exc.code, **exc.params) from exc
    ctx = open_data_dir(root, writer=False, program="lệnh backup", create=False)
    try:
        info = create_backup(ctx.data_dir, Path(args.out))
    finally:
        ctx.close()
    _out(
        f"Đã sao lưu vào {info.path} (cơ sở dữ liệu {number_text(info.database_size)} byte, {info.attachment_count} tệp đính kèm)."
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.bootstrap import restore_data_dir
    from app.services.clock import Clock
    from app.services.vocabulary import moment_text

    result = restore_data_dir(
        _data_root(args), Path(args.file), program="lệnh restore", clock=Clock(args.today)
    )
    _out(f"Đã khôi phục từ {result.info.path} (sao lưu lúc {moment_text(result.info.created_at)}).")
    if result.safety_backup is not None:
        _out(f"Dữ liệu trước khi khôi phục được giữ tại {result.safety_backup}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.bootstrap import open_data_dir
    from app.messages import import_reason

    # A dry run only reads: like the other reading commands it creates nothing.
    ctx = open_data_dir(
        _data_root(args),
        writer=not args.dry_run,
        program="lệnh import",
        create=not args.dry_run,
        today=args.today,
    )
    try:
        # TTHC results (the one-stop system's report) have their own reader; the rest is the same.
        results = args.kind == "tthc-results"
        service = ctx.services.tthc_results if results else ctx.services.imports
        preview = (
            service.preview_import(Path(args.file))
            if results
            else service.preview(args.kind, Path(args.file))
        )
        for rejected in (*preview.rejected, *getattr(preview, "notes", ())):
            print(f"Dòng {rejected.row_number}: {import_reason(rejected)}", file=sys.stderr)
        # What to know about rows imported anyway (a code read from full-width digits, …).
        for item in (*preview.to_add, *preview.to_update):
            for note in getattr(item, "notes", ()):
                print(f"Dòng {item.row_number}: {import_reason(note)}", file=sys.stderr)
        if args.dry_run:
            added, updated, unchanged = len(preview.to_add), len(preview.to_update), len(preview.unchanged)
            _out("Chạy thử (--dry-run): không ghi gì.")
        else:
            result = service.apply_import(preview) if results else service.apply(preview)
            added, updated, unchanged = result.added, result.updated, result.unchanged
    finally:
        ctx.close()
    rejected_count = len(preview.rejected)
    _out(f"Thêm {added}, cập nhật {updated}, không đổi {unchanged}, bị loại {rejected_count}.")
    _out(f"added {added}, updated {updated}, unchanged {unchanged}, rejected {rejected_count}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from app.bootstrap import open_data_dir
    from app.services.areas import ExportRequest
    from app.services.exports import catalogue

    if args.kinds:
        for line in catalogue.kinds_lines():
            _out(line)
        return EXIT_OK
    if args.what is None:
        raise _UsageError("export cần nội dung cần xuất (xem export --kinds)")
    kind = catalogue.find(args.what)
    if args.format is None or args.out is None:
        raise _UsageError("export cần --format và --out")
    if args.number is not None and not kind.numbered:
        raise _UsageError(f"export {args.what} không có tham số --number")
    if args.number is not None and args.year is None:
        raise _UsageError("--number cần đi cùng --year")
    if kind.needs_year and args.year is None:
        raise _UsageError(f"export {args.what} cần tham số --year")
    if args.list is not None and (args.list not in kind.variants or args.what == "report"):
        raise _UsageError(f"export {args.what} không có tham số --list")
    if args.kind is not None and args.what != "report":
        raise _UsageError(f"export {args.what} không có tham số --kind")
    if args.what == "report" and args.kind is None:
        raise _UsageError("export report cần --kind h1 hoặc --kind year")
    if args.format not in kind.formats:
        raise _UsageError(f"export {args.what} chỉ xuất được {', '.join(kind.formats)}")
    ctx = open_data_dir(_data_root(args), writer=False, program="lệnh export", today=args.today, create=False)
    try:
        request = ExportRequest(
            fmt=args.format,
            out=Path(args.out),
            year=args.year,
            variant=args.kind or args.list,
            today=args.today,
            number=args.number,
            signatures=args.signatures,
        )
        exported = catalogue.write(ctx.services, args.what, request)
    finally:
        ctx.close()
    for warning in exported.warnings:
        _out(f"Lưu ý: {warning}")
    _out(f"Đã xuất {exported.path}.")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from app.bootstrap import open_data_dir
    from app.services import vocabulary
    from app.services.reports import report_title

    ctx = open_data_dir(_data_root(args), writer=True, program="lệnh report", today=args.today, create=False)
    try:
        reports = ctx.services.reports
        label = report_title(reports_kind(args.kind), args.year)
        if args.action == "compose":
            report = reports.get(reports.compose(args.kind, args.year))
            _out(
                f"Đã lập {label} (dự thảo): số liệu từ {vocabulary.table_date(report.period_start)} "
                f"đến {vocabulary.table_date(report.cutoff)}."
            )
            return EXIT_OK
        if args.action == "correct":
            current = reports.find(args.kind, args.year)
            if current is None:
                raise DomainError("report.not_found", title=label)
            reports.correct(current.id)
            _out(f"Đã lập bản sửa đổi của {label} (dự thảo).")
            return EXIT_OK
        current = (
            reports.draft(args.kind, args.year)
            if args.action == "sign"
            else reports.find(args.kind, args.year)
        )
        if current is None:
            current = reports.find(args.kind, args.year)
            if current is None:
                raise DomainError("report.not_found", title=label)
        if args.action == "sign":
            reports.sign(current.id, args.number, args.date)
            _out(f"Đã ký {label}: số {clean_number(args.number)}, ngày {vocabulary.table_date(args.date)}.")
        else:
            reports.send(current.id, args.date)
            _out(f"Đã ghi gửi {label} ngày {vocabulary.table_date(args.date)}.")
    finally:
        ctx.close()
    return EXIT_OK


def reports_kind(value: str) -> Any:
    from app.services.reports import kind_of

    return kind_of(value)


def clean_number(text: str) -> str:
    return " ".join(text.split())


_CYCLE_LABELS = {
    "plan": "Kế hoạch duy trì, cải tiến",
    "objectives": "Mục tiêu chất lượng",
    "steering": "Ban chỉ đạo ISO",
    "risks": "Rủi ro, cơ hội",
    "report_h1": "Báo cáo 6 tháng",
    "audit": "Đánh giá nội bộ",
    "review": "Xem xét của lãnh đạo",
    "report_year": "Báo cáo năm",
    "publication": "Công bố HTQLCL",
}
_STATE_LABELS = {
    "done": "đã xong",
    "done_late": "xong muộn",
    "due_soon": "sắp đến hạn",
    "late": "quá hạn",
    "upcoming": "chưa đến hạn",
    "not_applicable": "không áp dụng",
}


def cmd_status(args: argparse.Namespace) -> int:
    from app.bootstrap import open_data_dir
    from app.services import vocabulary
    from app.services.status import status_json

    ctx = open_data_dir(_data_root(args), writer=False, program="lệnh status", today=args.today, create=False)
    try:
        today = ctx.services.clock.today()
        data = status_json(ctx.services.status, args.year or today.year, today)
    finally:
        ctx.close()
    if args.format == "json":
        _out(vocabulary.to_json(data))
        return EXIT_OK

    def day(value: str | None) -> str:
        return vocabulary.table_date(date.fromisoformat(value)) if value else "—"

    _out(f"Năm {data['year']} (hôm nay {day(data['today'])}):")
    for x in data["cycle"]:
        note = f" — {x['note']}" if x["note"] else ""
        _out(f"  {_CYCLE_LABELS[x['key']]}: {_STATE_LABELS[x['state']]} (hạn {day(x['due_on'])}){note}")
    for title, items in (("Quá hạn", data["late"]), ("Sắp đến hạn", data["due_soon"])):
        _out(f"{title}: {len(items)}")
        for x in items:
            _out(f"  {day(x['due_on'])}  {x['title']}")
    r = data["readiness"]
    _out(f"Sẵn sàng kiểm tra: {r['passed']}/{r['total']} tiêu chí đạt")
    for c in r["criteria"]:
        if not c["passed"]:
            _out(f"  - {c['gap']}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from app.bootstrap import open_data_dir
    from app.services import vocabulary
    from app.services.areas import record_type

    ctx = open_data_dir(_data_root(args), writer=False, program="lệnh search", today=args.today, create=False)
    try:
        found = ctx.services.search.search(args.text, limit=50)
    finally:
        ctx.close()
    if args.format == "json":
        _out(
            vocabulary.to_json(
                {k: [{"id": h.id, "code": h.code, "title": h.title} for h in v] for k, v in found.items()}
            )
        )
        return EXIT_OK
    if not found:
        _out("Không tìm thấy hồ sơ nào.")
    for key, hits in found.items():
        _out(f"{record_type(key).label} ({len(hits)}):")
        for h in hits:
            _out(f"  {h.code + ' — ' if h.code else ''}{h.title}")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from app.bootstrap import open_data_dir
    from app.services import history, vocabulary

    if args.type is not None and args.type not in history.known_record_types():
        raise _UsageError(
            f"loại hồ sơ {args.type} không có (chọn một trong {', '.join(history.known_record_types())})"
        )
    ctx = open_data_dir(
        _data_root(args), writer=False, program="lệnh history", today=args.today, create=False
    )
    try:
        log = ctx.services.history
        entries = log.list_entries(since=args.since, record_type=args.type)
        lines = [] if args.format == "json" else log.text_lines(entries)
    finally:
        ctx.close()
    if args.format == "json":
        _out(vocabulary.to_json([entry.as_json() for entry in entries]))
        return EXIT_OK
    for line in lines or ["Không có thay đổi nào."]:
        _out(line)
    return EXIT_OK


def cmd_screenshots(args: argparse.Namespace) -> int:
    from app.bootstrap import existing_data_dir

    existing_data_dir(_data_root(args))  # reads only: a missing folder or database is an error
    from app.ui.screenshots import take_screenshots

    files = take_screenshots(_data_root(args), Path(args.out), today=args.today)
    _out(f"Đã ghi {len(files)} ảnh vào {Path(args.out).resolve()}.")
    return EXIT_OK


def cmd_selftest(args: argparse.Namespace) -> int:
    from app.selftest import SelftestError, run_selftest

    try:
        ms = run_selftest(args.data_dir, started=args.started, today=args.today, out=_out)
    except SelftestError as exc:
        print(f"Lỗi: {_one_line(str(exc))}.", file=sys.stderr)
        return EXIT_ERROR
    except DomainError as exc:
        print(f"Lỗi: {_one_line(message(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # selftest reports anything as its one line, without a traceback
        print(f"Lỗi: tự kiểm tra không đạt: {_one_line(f'{exc.__class__.__name__}: {exc}')}", file=sys.stderr)
        return EXIT_ERROR
    _out(f"selftest ok {ms} ms")
    return EXIT_OK


def _one_line(text: str) -> str:
    return " ".join(text.split())


COMMANDS = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "screenshots": cmd_screenshots,
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_report,
    "status": cmd_status,
    "search": cmd_search,
    "history": cmd_history,
    "selftest": cmd_selftest,
}


class _UsageError(Exception):
    pass


def main(argv: Sequence[str] | None = None, *, started: float | None = None) -> int:
    """Run the command line; ``started`` is the ``time.perf_counter()`` of the process's start when
    the caller took it (``python -m app``), for ``selftest``'s timing."""
    if started is None:
        started = time.perf_counter()
    args = build_parser().parse_args(argv)
    args.started = started
    if args.command is not None:
        gc.enable()  # off during start-up (app/__main__.py): only the GUI's start gains from that
    if args.command is None:
        from app.ui.application import run_gui

        return run_gui(args.data_dir, today=args.today)
    try:
        return COMMANDS[args.command](args)
    except _UsageError as exc:
        print(f"Lỗi: {exc}.", file=sys.stderr)
        return EXIT_USAGE
    except DomainError as exc:
        print(f"Lỗi: {message(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Lỗi: đã dừng theo yêu cầu.", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # Whoever read the output stopped (``… | head``): not an error of ours, nothing to say. The
        # rest of the output goes nowhere, so that the interpreter's last flush does not fail too.
        _discard_stdout()
        return EXIT_ERROR
    except Exception as exc:
        import logging

        logging.getLogger(__name__).exception("command %s failed", args.command)
        problem = _storage_problem(exc, args)
        if problem is not None:  # the disk or another program, not a defect: say what to do
            print(f"Lỗi: {message(problem)}", file=sys.stderr)
            return EXIT_ERROR
        print(f"Lỗi ngoài dự kiến: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _discard_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file descriptor (an in-process test's capture)
        pass


def _storage_problem(exc: Exception, args: argparse.Namespace) -> DomainError | None:
    """A database error that comes from the disk or another program (locked, read-only, full…),
    as the message that says so (``datadir.storage_problem``)."""
    from app.services.datadir import DataDir, storage_problem

    try:
        return storage_problem(exc, DataDir(_data_root(args).expanduser().resolve()).db_path)
    except Exception:  # explaining must never hide the error itself
        return None
