package io.github.wsisdata.parser.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The country names of the UN's lists of the WSIS years (2003-2006), in English, French and
 * Spanish, each read as its ISO 3166-1 code: the names the pages use, not only today's.
 */
class UnEraCountriesTest {
  @Test
  void everyUnEraNameResolves() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("Serbia and Montenegro", "CS");
    names.put("Libyan Arab Jamahiriya", "LY");
    names.put("Syrian Arab Republic", "SY");
    names.put("Republic of Korea", "KR");
    names.put("Democratic People's Republic of Korea", "KP");
    names.put("Lao People's Democratic Republic", "LA");
    names.put("Iran (Islamic Republic of)", "IR");
    names.put("Venezuela (Bolivarian Republic of)", "VE");
    names.put("The former Yugoslav Republic of Macedonia", "MK");
    names.put("United Republic of Tanzania", "TZ");
    names.put("Viet Nam", "VN");
    names.put("Côte d'Ivoire", "CI");
    names.put("Republic of Moldova", "MD");
    names.put("Russian Federation", "RU");
    names.put("Holy See", "VA");
    names.put("Brunei Darussalam", "BN");
    names.put("Cape Verde", "CV");
    names.put("Timor-Leste", "TL");
    names.put("Swaziland", "SZ");
    names.put("Republic of Belarus", "BY");
    names.put("Suisse", "CH");
    names.put("Suiza", "CH");
    names.put("Tunisie", "TN");
    names.put("Túnez", "TN");
    names.put("Sénégal", "SN");
    names.put("Royaume-Uni", "GB");
    names.put("Estados Unidos", "US");
    Map<String, Optional<String>> wrong = new LinkedHashMap<>();
    names.forEach(
        (name, code) -> {
          Optional<String> got = CountryCodes.codeOf(name);
          if (!got.equals(Optional.of(code))) {
            wrong.put(name, got);
          }
        });
    assertEquals(Map.of(), wrong);
  }
}
