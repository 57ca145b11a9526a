package io.github.wsisdata.parser;

/**
 * What one input line was taken as; see {@link WsisDocument#lineRoles()}. Every non-blank line has
 * exactly one role other than {@link #BLANK}.
 */
public enum LineRole {
  /** An empty or white-space-only line. */
  BLANK,
  /** The site banner ({@code United Nations International Telecommunication Union}). */
  BANNER,
  /** The page title (the first {@code go} line before any heading that is not dated). */
  TITLE,
  /** A section heading. */
  HEADING,
  /** A paragraph line between a heading and the section's first entry. */
  INTRODUCTION,
  /** A {@code go} line read into an entry. */
  ENTRY,
  /** A paragraph line under an entry. */
  DESCRIPTION,
  /** The footer: navigation bar, copyright, privacy notice, update date. */
  FOOTER,
  /** A line that is kept only in a {@link Diagnostic} (with its text). */
  DIAGNOSTIC
}
