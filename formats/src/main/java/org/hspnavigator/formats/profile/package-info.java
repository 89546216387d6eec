/**
 * The profile JSON of spec/profile.md read into the engine's {@code Profile}: every field checked
 * for type, range and plausibility, every problem reported with its JSON path, never a silent
 * default for something the user wrote wrong. The CSV reader of batch scoring reuses it.
 */
package org.hspnavigator.formats.profile;
