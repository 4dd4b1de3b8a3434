/**
 * A staff member's photo, for the rating pad and the window display: PNG or JPEG (judged by the file's
 * own bytes on the server), at most 1 MB. Front ends import the limit to say it; the schema is in
 * ./schemas.ts (`staff.setPhoto`).
 */

/** Largest photo, in bytes after decoding (1 MB): a portrait for a small screen needs far less. */
export const STAFF_PHOTO_MAX_BYTES = 1024 * 1024;
/**
 * Longest `content` text accepted: a little more than the largest photo in base64, so a photo just over
 * the limit is refused as PHOTO_TOO_LARGE (with the reason) rather than as malformed.
 */
export const STAFF_PHOTO_MAX_CONTENT_CHARS = 1536 * 1024;
