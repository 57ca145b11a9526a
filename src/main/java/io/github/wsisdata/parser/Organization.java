package io.github.wsisdata.parser;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * An organizer as the bundled table of organizations reads it (docs/model.md, "Organizers as
 * data"): the text as the page wrote it, and, when the table knows the body, its canonical acronym,
 * name and kind; a government ({@code Government of Tunisia}) with its country.
 *
 * @param text the organizer as written ({@code UIT}, {@code Government of Tunisia})
 * @param acronym the body's canonical acronym ({@code ITU}), if it has one and is known
 * @param name the body's canonical English name ({@code International Telecommunication Union}), if
 *     known
 * @param kind what kind of body it is, if known
 * @param countryCode a government's country (ISO 3166-1 alpha-2), if it is one
 * @serial exclude (the serialized form is described in docs/usage.md)
 */
public record Organization(
    String text,
    Optional<String> acronym,
    Optional<String> name,
    Optional<Kind> kind,
    Optional<String> countryCode)
    implements Serializable {

  /** What kind of body an organization is. */
  public enum Kind {
    /** A body of the United Nations system: an agency, a programme, a regional commission. */
    UN_BODY,
    /** A country's government or one of its ministries. */
    GOVERNMENT,
    /** Any other known body: intergovernmental, civil society, business, academic. */
    OTHER
  }

  /**
   * Checks the values.
   *
   * @param text see {@link #text()}
   * @param acronym see {@link #acronym()}
   * @param name see {@link #name()}
   * @param kind see {@link #kind()}
   * @param countryCode see {@link #countryCode()}
   * @throws NullPointerException if a value is null
   * @throws IllegalArgumentException if the text is blank, a known body has no kind, or a country
   *     code is not two letters A-Z
   */
  public Organization {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(acronym, "acronym");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryCode, "countryCode");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    if ((acronym.isPresent() || name.isPresent()) && kind.isEmpty()) {
      throw new IllegalArgumentException("a known organization has a kind");
    }
    countryCode.ifPresent(
        c -> {
          if (!c.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be two letters A-Z, was " + c);
          }
        });
  }

  /**
   * Whether the table knows the body.
   *
   * @return true if it has a kind
   */
  public boolean known() {
    return kind.isPresent();
  }

  /**
   * What the organization is compared by: its acronym, else its canonical name, else its text as
   * written (lower case), so that {@code UIT} and {@code International Telecommunication Union} are
   * the same organization.
   *
   * @return the key
   */
  public String key() {
    return acronym.or(() -> name).orElse(text).toLowerCase(java.util.Locale.ROOT);
  }
}
