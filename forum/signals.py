"""What happens in the forum, for whoever needs to know (notifications, search, caches).

Sent by forum.services after the change is saved, inside its transaction:
receivers that send e-mail or do slow work enqueue a task with
transaction.on_commit.
"""

from django.dispatch import Signal

#: A new thread with its opening post. Arguments: thread, post.
thread_created = Signal()
#: A reply in a thread (position > 1). Arguments: post.
reply_created = Signal()
#: Members mentioned (@username) in a post, bounded (see forum.mentions). Arguments: post, profiles.
members_mentioned = Signal()
#: An author or moderator changed a post's text. Arguments: post, editor (a MemberProfile).
post_edited = Signal()
#: A post was soft-deleted. Arguments: post, by (a MemberProfile).
post_deleted = Signal()
#: The reply marked as the solution of its thread. Arguments: thread, post, by.
solution_marked = Signal()
#: A member found a post helpful. Arguments: post, member.
reaction_added = Signal()
