"""Conversations: forums (Wagtail pages), their threads and posts (Django models)."""

from .forums import ForumIndexPage, ForumPage, ForumVisibility, TaggedForum
from .threads import (
    Post,
    PostAttachment,
    PostRevision,
    Reaction,
    TaggedThread,
    Thread,
    ThreadReadState,
)

__all__ = [
    "ForumIndexPage",
    "ForumPage",
    "ForumVisibility",
    "Post",
    "PostAttachment",
    "PostRevision",
    "Reaction",
    "TaggedForum",
    "TaggedThread",
    "Thread",
    "ThreadReadState",
]
