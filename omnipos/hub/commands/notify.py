"""``omnipos-hub notify list|resend|send``: the customer notification outbox."""

from __future__ import annotations

import argparse

from omnipos.hub.commands import Subparsers, add_db, open_db, write_json
from omnipos.hub.notify import outbox
from omnipos.hub.notify.smtp import SmtpConfig, SmtpSender, send_due


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("notify", help="customer notifications (email)")
    add_db(group)
    sub = group.add_subparsers(dest="notify_cmd", required=True)
    ls = sub.add_parser("list", help="messages, newest first (JSON lines)")
    add_db(ls)
    ls.add_argument("--status", choices=[s.value for s in outbox.MessageStatus])
    ls.add_argument("--order", help="only this order's messages")
    ls.set_defaults(func=run_list)
    again = sub.add_parser("resend", help="queue a message again (a customer lost it)")
    add_db(again)
    again.add_argument("message_id")
    again.set_defaults(func=run_resend)
    send = sub.add_parser("send", help="send what is due now, once")
    add_db(send)
    send.add_argument("--smtp", required=True, metavar="URL",
                      help="smtp://[user:password@]host[:port][?from=ADDRESS] or smtps://...")
    send.set_defaults(func=run_send)


def run_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(outbox.list_messages(db, status=args.status, order_id=args.order))
    return 0


def run_resend(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([{"queued": outbox.resend(db, args.message_id)}])
    return 0


def run_send(args: argparse.Namespace) -> int:
    sender = SmtpSender(SmtpConfig.from_url(args.smtp))
    with open_db(args) as db:
        sent = send_due(db, sender)
        left = len(outbox.list_messages(db, status=outbox.MessageStatus.PENDING.value))
    write_json([{"sent": sent, "pending": left}])
    return 0
