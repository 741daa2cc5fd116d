"""Team workflow: people, accounts, drafts, revisions, approvals, schedule, cool-off, undo, pause."""
