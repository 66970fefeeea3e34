from .attendance import (
    Attendance,
    AttendanceMethod,
    AttendanceRole,
    NoticeKind,
    Registration,
    RegistrationStatus,
    SentNotice,
)
from .sessions import (
    SessionMaterial,
    SessionMode,
    SessionPage,
    SessionSpeaker,
    SessionState,
    TaggedSession,
    jp_value_error,
)

__all__ = [
    "Attendance",
    "AttendanceMethod",
    "AttendanceRole",
    "NoticeKind",
    "Registration",
    "RegistrationStatus",
    "SentNotice",
    "SessionMaterial",
    "SessionMode",
    "SessionPage",
    "SessionSpeaker",
    "SessionState",
    "TaggedSession",
    "jp_value_error",
]
