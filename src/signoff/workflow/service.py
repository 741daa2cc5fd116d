"""The workflow's operations, as plain functions with keyword-only arguments that take a session.

Faces (CLI, web) call these; each either completes or raises a typed error before changing anything
(the caller's transaction rolls back). Times come in as `now`; nothing here reads the clock.
"""

# `publishing`: what the publisher asks workflow for (a draft's state while it goes out).
from signoff.workflow import publishing as publishing
from signoff.workflow.account_edit import DEFAULT, UNCHANGED, AccountEdit, edit_account
from signoff.workflow.accounts import (
    add_member,
    check_password,
    create_account,
    create_user,
    get_account,
    get_user,
    members,
    owner_of,
    pause_account,
    resume_account,
    role_of,
)
from signoff.workflow.approvals import approval_status, approvals_needed
from signoff.workflow.bulk import ImportRow, import_drafts, parse_rows
from signoff.workflow.drafts import (
    approve_draft,
    create_draft,
    get_draft,
    list_drafts,
    reject_draft,
    revise_draft,
    undo_draft,
)
from signoff.workflow.lifecycle import delete_draft, schedule_draft, unschedule_draft, withdraw_approval
from signoff.workflow.people import (
    Departure,
    list_users,
    remove_member,
    remove_user,
    set_password,
    transfer_ownership,
)
from signoff.workflow.sessions import (
    IssuedSession,
    end_session,
    resume_session,
    start_session,
    verify_password,
)
from signoff.workflow.views import account_list, account_view, draft_result, draft_summary, draft_view

__all__ = [
    "publishing",
    "Departure",
    "IssuedSession",
    "end_session",
    "list_users",
    "remove_member",
    "remove_user",
    "resume_session",
    "set_password",
    "start_session",
    "transfer_ownership",
    "verify_password",
    "DEFAULT",
    "UNCHANGED",
    "AccountEdit",
    "approval_status",
    "delete_draft",
    "ImportRow",
    "import_drafts",
    "parse_rows",
    "draft_result",
    "edit_account",
    "unschedule_draft",
    "withdraw_approval",
    "account_list",
    "account_view",
    "add_member",
    "approvals_needed",
    "approve_draft",
    "check_password",
    "create_account",
    "create_draft",
    "create_user",
    "draft_summary",
    "draft_view",
    "get_account",
    "get_draft",
    "get_user",
    "list_drafts",
    "members",
    "owner_of",
    "pause_account",
    "reject_draft",
    "resume_account",
    "revise_draft",
    "role_of",
    "schedule_draft",
    "undo_draft",
]
