"""The seeded demo course: platforms, roster, line items and grades, reproducible from a seed.

The data is shaped like what real LMSes return, awkward parts included: line item ids that are
full URLs with query strings or `:::`, user ids with leading zeros, names in many scripts, roles
in short and URI form, results on another scale or without `resultMaximum`, HTML in comments.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from gradebook_gui.sandbox.options import Platform, SandboxOptions

MEMBERSHIP_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#"
INSTRUCTOR_ROLE = MEMBERSHIP_ROLE + "Instructor"
LEARNER_ROLE = MEMBERSHIP_ROLE + "Learner"
TEACHING_ASSISTANT_ROLE = (
    "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"
)

RESOURCE_LINK_ID = "resource-link-quiz-1"
HTML_COMMENT = "<p>Good work &amp; effort</p>"

# Ids in the style of other LMSes, seeded whatever the platform: clients must treat ids as opaque.
MOODLE_STYLE_ID = (
    "https://moodle.example.edu/mod/lti/services.php/2/lineitems/{number}/lineitem?type_id=3"
)
SAKAI_STYLE_ID = "https://sakai.example.edu/imsblis/lti13/lineitem/9a1f7c0e:::demo-site:::{number}"
BLACKBOARD_STYLE_ID = (
    "https://blackboard.example.edu/learn/api/v1/lti/courses/_101_1/lineItems/_{number}_1"
)
FOREIGN_STYLE_IDS = {1: MOODLE_STYLE_ID, 2: SAKAI_STYLE_ID, 3: BLACKBOARD_STYLE_ID}


@dataclass(frozen=True)
class PlatformProfile:
    """How one LMS names things: its identity in idtoken and the shape of its URLs."""

    platform: Platform
    product_family_code: str
    name: str
    issuer: str
    version: str
    line_item_id_template: str
    line_items_url: str
    memberships_url: str
    first_line_item_number: int

    def line_item_id(self, number: int) -> str:
        return self.line_item_id_template.format(number=number)


PROFILES: dict[Platform, PlatformProfile] = {
    "generic": PlatformProfile(
        platform="generic",
        product_family_code="sandbox",
        name="LTIAAS sandbox LMS",
        issuer="https://lms.example.edu",
        version="1.0",
        line_item_id_template="https://lms.example.edu/lti/courses/demo-101/lineitems/{number}",
        line_items_url="https://lms.example.edu/lti/courses/demo-101/lineitems",
        memberships_url="https://lms.example.edu/lti/courses/demo-101/memberships",
        first_line_item_number=1,
    ),
    "canvas": PlatformProfile(
        platform="canvas",
        product_family_code="canvas",
        name="Canvas LMS (sandbox)",
        issuer="https://canvas.example.edu",
        version="cloud",
        line_item_id_template="https://canvas.example.edu/api/lti/courses/101/line_items/{number}",
        line_items_url="https://canvas.example.edu/api/lti/courses/101/line_items",
        memberships_url="https://canvas.example.edu/api/lti/courses/101/names_and_roles",
        first_line_item_number=12,
    ),
    "moodle": PlatformProfile(
        platform="moodle",
        product_family_code="moodle",
        name="Moodle (sandbox)",
        issuer="https://moodle.example.edu",
        version="2024100700",
        line_item_id_template=MOODLE_STYLE_ID,
        line_items_url="https://moodle.example.edu/mod/lti/services.php/2/lineitems?type_id=3",
        memberships_url=(
            "https://moodle.example.edu/mod/lti/services.php/CourseSection/2/bindings/3/memberships"
        ),
        first_line_item_number=7,
    ),
}

COURSE_CONTEXT = {"id": "demo-course-101", "label": "MATH 101", "title": "Calculus I (demo)"}

# (label, scoreMaximum, tag); cycled when more line items are asked for.
LINE_ITEM_TEMPLATES: tuple[tuple[str, float, str], ...] = (
    ("Quiz 1: Limits", 10, "quiz"),
    ("Homework 2 – Derivatives", 20, "homework"),
    ("Lab report: Pendulum", 25, ""),
    ("Midterm exam", 50, "exam"),
    ("Final project", 100, "project"),
)

NAMED_LEARNERS: tuple[tuple[str, str, str], ...] = (
    # (full name, given name, family name)
    ("Zoë O'Brien", "Zoë", "O'Brien"),
    ("José Álvarez", "José", "Álvarez"),
    ("Nguyễn Thị Hoa", "Thị Hoa", "Nguyễn"),
    ("王伟", "伟", "王"),
    ("Αλέξανδρος Παπαδόπουλος", "Αλέξανδρος", "Παπαδόπουλος"),
    ("Ольга Смирнова", "Ольга", "Смирнова"),
)
GIVEN_NAMES = (
    "Amélie", "Søren", "Chloé", "Łukasz", "Siobhán", "Mateo", "Aiyana", "Ngozi", "Björn", "Renée",
    "François", "Ingrid", "Kwame", "Priya", "Hana", "Omar", "Elif", "Dmitri", "Aoife", "Tomás",
)  # fmt: skip
FAMILY_NAMES = (
    "Müller", "Dubois", "Kowalski", "Ní Bhriain", "García", "Nakamura", "Okafor", "Østergaard",
    "D'Angelo", "Fernández", "Çelik", "Novák", "Lindqvist", "Mbeki", "Park", "Singh",
    "van der Berg", "O'Connor", "Håkansson", "Ibáñez",
)  # fmt: skip
FEEDBACK_COMMENTS = (
    "Well done.",
    "See the feedback on question 3.",
    "Late submission – 10% deducted.",
    "Excellent reasoning!",
    "Please cite your sources.",
    "Très bien ! Keep it up.",
)
# Share of (learner, line item) pairs with no grade, and with a comment.
UNGRADED_SHARE = 0.1
COMMENTED_SHARE = 0.1


@dataclass(frozen=True)
class Member:
    user_id: str
    name: str
    given_name: str
    family_name: str
    email: str
    roles: tuple[str, ...]
    # The roster status: "Active", "Inactive" or "Deleted" (LTI names and roles).
    status: str = "Active"

    @property
    def is_learner(self) -> bool:
        return any(role_name(role) == "Learner" for role in self.roles)

    @property
    def is_active_learner(self) -> bool:
        """Only active students can be graded: LMSes refuse a score for anyone else."""
        return self.is_learner and self.status == "Active"


@dataclass
class StoredResult:
    """What the LMS holds for one student on one line item."""

    score: float | None
    maximum: float | None
    comment: str | None = None
    comment_history: list[str] = field(default_factory=list)
    last_timestamp: datetime | None = None


@dataclass
class SeededCourse:
    profile: PlatformProfile
    instructor: Member
    members: list[Member]
    line_items: list[dict[str, Any]]
    results: dict[str, dict[str, StoredResult]]
    next_line_item_number: int


def role_name(role: str) -> str:
    """`Learner` for both `Learner` and `http://purl.imsglobal.org/...#Learner`."""
    return role.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def build_course(options: SandboxOptions) -> SeededCourse:
    rng = random.Random(options.seed)
    profile = PROFILES[options.platform]
    instructor = Member(
        user_id=f"{rng.getrandbits(160):040x}",
        name="Amara Okonkwo",
        given_name="Amara",
        family_name="Okonkwo",
        email="amara.okonkwo@example.edu",
        roles=(INSTRUCTOR_ROLE,),
    )
    assistant = Member(
        user_id=f"{rng.getrandbits(160):040x}",
        name="Lars Åström",
        given_name="Lars",
        family_name="Åström",
        email="lars.astrom@example.edu",
        roles=(TEACHING_ASSISTANT_ROLE,),
    )
    learners = _learners(rng, options.students)
    line_items = [_line_item(profile, index) for index in range(options.line_items)]
    results = {
        item["id"]: _seeded_results(rng, profile, item, index, learners)
        for index, item in enumerate(line_items)
    }
    return SeededCourse(
        profile=profile,
        instructor=instructor,
        members=[instructor, assistant, *learners],
        line_items=line_items,
        results=results,
        next_line_item_number=profile.first_line_item_number + options.line_items,
    )


def _learners(rng: random.Random, count: int) -> list[Member]:
    numeric_base = rng.randrange(10_000, 90_000)
    taken_emails: dict[str, int] = {}
    learners = []
    for index in range(count):
        if index < len(NAMED_LEARNERS):
            name, given, family = NAMED_LEARNERS[index]
        else:
            given, family = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
            name = f"{given} {family}"
        learners.append(
            Member(
                user_id=_learner_id(rng, index, numeric_base),
                name=name,
                given_name=given,
                family_name=family,
                email=_unique_email(given, family, index, taken_emails),
                # Platforms disagree on the form: half short names, half full IMS URIs.
                roles=("Learner",) if index % 2 else (LEARNER_ROLE,),
            )
        )
    return learners


def _learner_id(rng: random.Random, index: int, numeric_base: int) -> str:
    if index == 0:
        return "007"  # a spreadsheet would drop the leading zeros
    if index % 3 == 0:
        return str(numeric_base + index)
    if index % 3 == 1:
        return f"{rng.getrandbits(160):040x}"
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _unique_email(given: str, family: str, index: int, taken: dict[str, int]) -> str:
    local = ".".join(part for part in (_ascii_slug(given), _ascii_slug(family)) if part)
    if not local:
        local = f"student{index + 1}"  # names in non-Latin scripts
    uses = taken.get(local, 0)
    taken[local] = uses + 1
    suffix = str(uses + 1) if uses else ""
    return f"{local}{suffix}@students.example.edu"


def _ascii_slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("ł", "l"))
    return "".join(char for char in decomposed.lower() if char.isascii() and char.isalnum())


def _line_item(profile: PlatformProfile, index: int) -> dict[str, Any]:
    label, maximum, tag = LINE_ITEM_TEMPLATES[index % len(LINE_ITEM_TEMPLATES)]
    round_number = index // len(LINE_ITEM_TEMPLATES)
    number = profile.first_line_item_number + index
    template = FOREIGN_STYLE_IDS.get(index, profile.line_item_id_template)
    item: dict[str, Any] = {
        "id": template.format(number=number),
        "label": f"{label} ({round_number + 1})" if round_number else label,
        "scoreMaximum": maximum,
        "resourceId": f"activity-{index + 1}" if tag else "",
        "tag": tag,
    }
    if index == 0:
        item["resourceLinkId"] = RESOURCE_LINK_ID
    if tag == "exam":
        item["startDateTime"] = "2025-10-20T09:00:00.000Z"
        item["endDateTime"] = "2025-10-20T11:00:00.000Z"
    if profile.platform == "canvas":
        item["gradesReleased"] = tag != "exam"
        if index == 0:
            item["https://canvas.instructure.com/lti/submission_type"] = {
                "type": "external_tool",
                "external_tool_url": "https://tool.example.edu/launch",
            }
    return item


def _seeded_results(
    rng: random.Random,
    profile: PlatformProfile,
    item: dict[str, Any],
    item_index: int,
    learners: list[Member],
) -> dict[str, StoredResult]:
    item_maximum = float(item["scoreMaximum"])
    results = {}
    for learner_index, learner in enumerate(learners):
        # Learner 2 never submits anything; others miss an item now and then.
        ungraded = rng.random() < UNGRADED_SHARE
        if learner_index == 2 or (ungraded and learner_index != 0):
            continue
        fraction = round(rng.uniform(0.4, 1.0), 3)
        maximum: float | None = item_maximum
        if item_index == 1 and learner_index % 10 == 4:
            maximum = None  # no resultMaximum: the score is on a 0..1 scale
        elif item_index == 2 and learner_index % 10 == 6:
            maximum = item_maximum * 4  # graded on another scale than the line item
        score = fraction if maximum is None else round(fraction * maximum * 2) / 2
        comment = None
        if item_index == 0 and learner_index == 0:
            comment = HTML_COMMENT
        elif rng.random() < COMMENTED_SHARE:
            comment = rng.choice(FEEDBACK_COMMENTS)
        history = [comment] if comment is not None and profile.platform == "canvas" else []
        results[learner.user_id] = StoredResult(score, maximum, comment, history)
    return results
