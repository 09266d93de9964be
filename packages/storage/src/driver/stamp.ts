/**
 * The stamp this release's store writes beside every record it parsed on the way in: the codec
 * (core's parsers, the storage document shape) that vouches for the document. A row a driver
 * answers with this stamp — written by this release and unchanged since — is read without
 * parsing it again; any other row is parsed in full (docs/decisions/0016-what-is-parsed-on-read.md).
 *
 * Change it whenever a release's parsers accept less, or produce another shape, than the
 * release before: rows stamped by the older codec are then parsed again on read. A mismatch is
 * always safe (a full parse); only a stamp kept across such a change would not be.
 */
export const CODEC_STAMP = 'livewell-codec-1';
