"""People and places: regions, agencies, member profiles and the home page."""

from .agencies import Agency, AgencyLevel
from .members import EmailDigest, MemberProfile, TaggedExpertise
from .pages import HomePage
from .practices import (
    GovernmentAffair,
    PracticeCollectionItem,
    PracticeCollectionPage,
    PracticeIndexPage,
    PracticeOutcome,
    PracticePage,
    PracticeSort,
    PracticeStatus,
    Replication,
    TaggedPractice,
)
from .regions import Region, RegionKind, TimeZone
from .tags import register_tag_source, visible_tags, with_visible_uses

__all__ = [
    "Agency",
    "AgencyLevel",
    "EmailDigest",
    "GovernmentAffair",
    "PracticeCollectionItem",
    "PracticeCollectionPage",
    "PracticeIndexPage",
    "PracticeOutcome",
    "PracticePage",
    "PracticeSort",
    "PracticeStatus",
    "Replication",
    "TaggedPractice",
    "HomePage",
    "MemberProfile",
    "Region",
    "RegionKind",
    "TaggedExpertise",
    "TimeZone",
    "register_tag_source",
    "visible_tags",
    "with_visible_uses",
]
