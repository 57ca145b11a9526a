package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.internal.text.Text;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Country names to ISO 3166-1 alpha-2 codes: the JDK's ISO 3166 list with its English names, plus
 * aliases for the long and short forms used on the WSIS pages. Matching ignores letter case,
 * periods, "&" versus "and", and a leading "the".
 */
final class CountryCodes {
  /** A name written as initials with periods: {@code U.S.A.}, {@code U. K.}. */
  private static final java.util.regex.Pattern INITIALS =
      java.util.regex.Pattern.compile("(?:\\p{Lu}\\. ?)+\\p{Lu}?\\.?");

  /** Combining marks, dropped from keys after NFD decomposition; before ALIASES, which uses it. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final Map<String, String> ALIASES = aliases();

  private CountryCodes() {}

  /**
   * The JDK's English names, built on the first name that is not an alias: loading the JDK's locale
   * data costs about 45 ms of start-up, which the command line's first page often does not need.
   */
  private static final class JdkNames {
    static final Map<String, String> CODES = build(Locale.ENGLISH);
  }

  /**
   * French and Spanish names (the WSIS site's other languages), built on the first name that is
   * neither an alias nor an English name (another 25 ms); French first.
   */
  private static final class OtherJdkNames {
    static final Map<String, String> CODES = build(Locale.FRENCH, new Locale("es"));
  }

  private static Map<String, String> build(Locale... languages) {
    Map<String, String> codes = new HashMap<>();
    for (Locale language : languages) {
      for (String code : Locale.getISOCountries()) {
        String name = new Locale("", code).getDisplayCountry(language);
        if (!name.isEmpty() && !name.equals(code)) {
          codes.putIfAbsent(key(name), code);
        }
      }
    }
    return Map.copyOf(codes);
  }

  private static Map<String, String> aliases() {
    Map<String, String> codes = new HashMap<>();
    String[][] aliases = {
      {"Republic of Belarus", "BY"},
      {"Korea", "KR"},
      {"Republic of Korea", "KR"},
      {"South Korea", "KR"},
      {"Russia", "RU"},
      {"Russian Federation", "RU"},
      {"Islamic Republic of Iran", "IR"},
      {"Iran", "IR"},
      {"Syria", "SY"},
      {"Syrian Arab Republic", "SY"},
      {"USA", "US"},
      {"United States", "US"},
      {"United States of America", "US"},
      {"UK", "GB"},
      {"United Kingdom", "GB"},
      {"Great Britain", "GB"},
      {"Viet Nam", "VN"},
      {"Vietnam", "VN"},
      {"Czech Republic", "CZ"},
      {"Czechia", "CZ"},
      {"Laos", "LA"},
      {"Lao PDR", "LA"},
      {"Tanzania", "TZ"},
      {"United Republic of Tanzania", "TZ"},
      {"Bolivia", "BO"},
      {"Venezuela", "VE"},
      {"Moldova", "MD"},
      {"Republic of Moldova", "MD"},
      {"Macedonia", "MK"},
      {"North Macedonia", "MK"},
      {"Ivory Coast", "CI"},
      {"Côte d'Ivoire", "CI"},
      {"Cote d'Ivoire", "CI"},
      {"Palestine", "PS"},
      {"Brunei", "BN"},
      {"Cape Verde", "CV"},
      {"Swaziland", "SZ"},
      {"Burma", "MM"},
      {"Myanmar", "MM"},
      {"Congo", "CG"},
      {"Democratic Republic of the Congo", "CD"},
      {"Libya", "LY"},
      {"Hong Kong", "HK"},
      {"Taiwan", "TW"},
      {"Kyrgyz Republic", "KG"},
      {"Turkey", "TR"},
      {"Türkiye", "TR"},
      {"Holland", "NL"},
      {"Netherlands", "NL"},
      {"Slovak Republic", "SK"},
      {"Kingdom of Morocco", "MA"},
      {"Kingdom of Saudi Arabia", "SA"},
      {"Egypt", "EG"},
      {"Arab Republic of Egypt", "EG"},
      {"Switzerland", "CH"},
      {"Tunisia", "TN"},
      {"Brazil", "BR"},
      {"Greece", "GR"},
      {"Malta", "MT"},
      // Countries of the WSIS-era pages, so that the usual page needs no JDK locale data.
      {"Belarus", "BY"},
      {"Germany", "DE"},
      {"Azerbaijan", "AZ"},
      {"Guatemala", "GT"},
      {"Japan", "JP"},
      {"France", "FR"},
      {"Canada", "CA"},
      {"Mali", "ML"},
      {"Austria", "AT"},
      {"Kyrgyzstan", "KG"},
      {"Morocco", "MA"},
      {"Thailand", "TH"},
      {"Malaysia", "MY"},
      {"Italy", "IT"},
      {"Spain", "ES"},
      {"India", "IN"},
      {"China", "CN"},
      {"Senegal", "SN"},
      {"Ethiopia", "ET"},
      {"Qatar", "QA"},
      {"Lebanon", "LB"},
      // Names the United Nations used from 2003 to 2008 (UNTERM), with the codes ISO 3166 gave
      // them; codes withdrawn later stay as ISO 3166-1 had them then (CS, AN, YU).
      {"Libyan Arab Jamahiriya", "LY"},
      {"Serbia and Montenegro", "CS"},
      {"Yugoslavia", "YU"},
      {"Federal Republic of Yugoslavia", "YU"},
      {"Netherlands Antilles", "AN"},
      {"The former Yugoslav Republic of Macedonia", "MK"},
      {"Macedonia (the former Yugoslav Republic of)", "MK"},
      {"Holy See", "VA"},
      {"Saint Lucia", "LC"},
      {"Saint Kitts and Nevis", "KN"},
      {"Saint Vincent and the Grenadines", "VC"},
      {"Sao Tome and Principe", "ST"},
      {"Iran (Islamic Republic of)", "IR"},
      {"Korea (Republic of)", "KR"},
      {"Democratic People's Republic of Korea", "KP"},
      {"Lao People's Democratic Republic", "LA"},
      {"Tanzania (United Republic of)", "TZ"},
      {"Moldova (Republic of)", "MD"},
      {"Venezuela (Bolivarian Republic of)", "VE"},
      {"Bolivia (Plurinational State of)", "BO"},
      {"Micronesia (Federated States of)", "FM"},
      {"Congo (Democratic Republic of the)", "CD"},
      {"Republic of the Congo", "CG"},
      {"Brunei Darussalam", "BN"},
      {"Timor-Leste", "TL"},
      {"Occupied Palestinian Territory", "PS"},
      {"Palestinian Territory", "PS"},
      {"United Kingdom of Great Britain and Northern Ireland", "GB"},
      {"Hong Kong, China", "HK"},
      {"Hong Kong SAR", "HK"},
      {"Macao, China", "MO"},
      {"Macao", "MO"},
      {"Côte d’Ivoire", "CI"},
      {"Bosnia and Herzegovina", "BA"},
      {"Trinidad and Tobago", "TT"},
      {"Antigua and Barbuda", "AG"},
      {"Gambia", "GM"},
      {"Bahamas", "BS"},
      {"Kyrgyz Republic", "KG"},
      {"Republic of Armenia", "AM"},
      {"Republic of Azerbaijan", "AZ"},
      {"Slovakia", "SK"},
      // French and Spanish names of the countries that WSIS pages name most
      {"Suisse", "CH"},
      {"Suiza", "CH"},
      {"Tunisie", "TN"},
      {"Túnez", "TN"},
      {"Francia", "FR"},
      {"Allemagne", "DE"},
      {"Alemania", "DE"},
      {"Égypte", "EG"},
      {"Egipto", "EG"},
      {"Maroc", "MA"},
      {"Marruecos", "MA"},
      {"Sénégal", "SN"},
      {"Brésil", "BR"},
      {"Brasil", "BR"},
      {"Chine", "CN"},
      {"Japon", "JP"},
      {"Japón", "JP"},
      {"Italie", "IT"},
      {"Espagne", "ES"},
      {"España", "ES"},
      {"Éthiopie", "ET"},
      {"Etiopía", "ET"},
    };
    for (String[] alias : aliases) {
      codes.put(key(alias[0]), alias[1]);
    }
    return Map.copyOf(codes);
  }

  /**
   * The matching key of a name: letter case, periods, {@code &} versus {@code and}, a leading
   * {@code the}, and accents ({@code Genève}, {@code Túnez}, {@code Côte}) do not count.
   */
  static String key(String name) {
    if (name.length() <= 12 && name.indexOf('.') > 0 && INITIALS.matcher(name).matches()) {
      name = name.replace(".", "").replace(" ", ""); // "U.S.A." is "USA"
    }
    String k =
        Text.normalize(name.replace(".", " ").replace("&", " and ")).toLowerCase(Locale.ROOT);
    k = k.startsWith("the ") ? k.substring(4) : k;
    return k.chars().allMatch(c -> c < 0x80)
        ? k
        : MARKS.matcher(Normalizer.normalize(k, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * The ISO code of a country name.
   *
   * @param name a country name as written on a page
   * @return the alpha-2 code, if known
   */
  static Optional<String> codeOf(String name) {
    String key = key(name);
    String code = ALIASES.get(key);
    code = code != null ? code : JdkNames.CODES.get(key);
    return Optional.ofNullable(code != null ? code : OtherJdkNames.CODES.get(key));
  }
}
