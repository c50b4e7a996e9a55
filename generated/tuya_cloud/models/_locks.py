# Generated from spec/groups/locks.yaml by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .._runtime.models import TuyaModel
from ._shared import DataPoint


class LockAlarmLog(TuyaModel):
    """
    One alarm record of a lock.
    """

    nick_name: Annotated[str | None, Field(description="Name of the user linked to the record.")] = None
    status: DataPoint | None = None
    update_time: Annotated[
        int | None,
        Field(description="Time of the alarm (the page's example shows 10-digit seconds; treat the unit with care)."),
    ] = None


class LockAlarmLogPage(TuyaModel):
    """
    One page of alarm records (Tuya's Pagination object).
    """

    records: Annotated[list[LockAlarmLog] | None, Field(description="The records of this page.")] = None
    total: Annotated[int | None, Field(description="Total number of matching records.")] = None


class LockMedia(TuyaModel):
    """
    Where an encrypted lock photo (file_*) and video (media_*) are stored (Tuya's MediaInfoVO). The image URL is file_url joined with file_path; the content is AES-encrypted and must be decrypted with file_key (media_key for the video). Fields are absent when there is no such media.

    """

    bucket: Annotated[str | None, Field(description="Storage bucket of the image.")] = None
    file_key: Annotated[str | None, Field(description="Key to decrypt the image.")] = None
    file_path: Annotated[str | None, Field(description="Object path of the image in its bucket.")] = None
    file_url: Annotated[
        str | None, Field(description="Image URL; in the example only the storage host, to be joined with file_path.")
    ] = None
    media_bucket: Annotated[str | None, Field(description="Storage bucket of the video.")] = None
    media_key: Annotated[str | None, Field(description="Key to decrypt the video.")] = None
    media_path: Annotated[str | None, Field(description="Object path of the video.")] = None
    media_url: Annotated[str | None, Field(description="Video URL.")] = None


class LockOpenLog(TuyaModel):
    """
    One unlock event of a lock.
    """

    nick_name: Annotated[str | None, Field(description="Name of that member (may be empty).")] = None
    status: DataPoint | None = None
    unlock_name: Annotated[str | None, Field(description="Name given to the unlock method (may be empty).")] = None
    update_time: Annotated[
        int | None, Field(description="Time of the event (Unix milliseconds in the page's example).")
    ] = None
    user_id: Annotated[
        str | None,
        Field(
            description='ID of the member who unlocked; "0" when not linked to a member, and seen empty on a real lock. A string in every example; that lock-user APIs might send a number is only a guess, and one would be kept as sent.\n'
        ),
    ] = None


class LockOpenLogPage(TuyaModel):
    """
    One page of unlock records (Tuya's DoorLockHistoryRes).
    """

    logs: Annotated[list[LockOpenLog] | None, Field(description="The records of this page.")] = None
    total: Annotated[int | None, Field(description="Number of records in the whole time window.")] = None


class LockTicket(TuyaModel):
    """
    A one-time ticket for a remote lock operation.
    """

    expire_time: Annotated[int | None, Field(description="Seconds the ticket stays valid, not a timestamp.")] = None
    ticket_id: Annotated[str | None, Field(description="The ticket; pass it to locks.operate_door once.")] = None
    ticket_key: Annotated[
        str | None,
        Field(
            repr=False,
            description="The ticket's key, AES-encrypted with the project's access secret (needed only by the password-based unlock calls; a secret).\n",
        ),
    ] = None
