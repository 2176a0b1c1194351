"""Which botbuilder ``Storage`` holds the bot's state, chosen by ``AKTIV_STORAGE``.

``memory`` (tests), a SQLite file path (the embedded default, one bot instance or several
processes on one machine), ``blob`` (Azure Blob Storage through botbuilder-azure's
``BlobStorage``) or ``cosmos`` (``CosmosDbPartitionedStorage``) for several bot instances.
"""

from __future__ import annotations

from botbuilder.core import MemoryStorage, Storage

from bot.settings import Settings
from bot.storage.sqlite_storage import SqliteStorage


def make_storage(settings: Settings) -> Storage:
    if settings.storage == "memory":
        return MemoryStorage()
    if settings.storage == "blob":
        from botbuilder.azure import BlobStorage, BlobStorageSettings

        return BlobStorage(BlobStorageSettings(container_name=settings.blob_container,
                                               connection_string=settings.blob_connection_string))
    if settings.storage == "cosmos":
        from botbuilder.azure import CosmosDbPartitionedConfig, CosmosDbPartitionedStorage

        return CosmosDbPartitionedStorage(CosmosDbPartitionedConfig(
            cosmos_db_endpoint=settings.cosmos_endpoint, auth_key=settings.cosmos_key,
            database_id=settings.cosmos_database, container_id=settings.cosmos_container))
    return SqliteStorage(settings.storage)


def is_conflict(error: BaseException) -> bool:
    """Whether a failed ``Storage.write`` was an eTag conflict (another writer was first).

    MemoryStorage and SqliteStorage raise ``KeyError``; Blob and Cosmos answer HTTP 412.
    """
    return isinstance(error, KeyError) or getattr(error, "status_code", None) == 412
