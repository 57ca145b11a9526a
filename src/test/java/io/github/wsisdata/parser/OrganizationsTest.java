package io.github.wsisdata.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.wsisdata.parser.Organization.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Organizers read as organizations (docs/model.md, "Organizers as data"). */
class OrganizationsTest {
  private static List<Organization> of(String line) {
    return WsisParser.parseText("WSIS Thematic Meetings\n\n" + line + "\n")
        .meetings()
        .get(0)
        .organizations();
  }

  @Test
  void oneBodyUnderItsNamesInThreeLanguages() {
    for (String itu :
        List.of(
            "ITU",
            "UIT",
            "International Telecommunication Union",
            "Union internationale des télécommunications",
            "International Telecommunication Union (ITU)")) {
      List<Organization> o = of("go 3 May 2005, Geneva (Switzerland), " + itu + " - Forum");
      assertEquals(1, o.size(), itu);
      assertEquals(itu, o.get(0).text());
      assertEquals(Optional.of("ITU"), o.get(0).acronym(), itu);
      assertEquals(Optional.of("International Telecommunication Union"), o.get(0).name());
      assertEquals(Optional.of(Kind.UN_BODY), o.get(0).kind());
      assertEquals("itu", o.get(0).key());
    }
    assertEquals(
        List.of("UNDP", "UNCTAD", "ECLAC", "WIPO", "OECD"),
        of("go 3 May 2005, Paris (France), PNUD/CNUCED/CEPAL/OMPI/OCDE - Forum").stream()
            .map(o -> o.acronym().orElseThrow())
            .toList());
  }

  @Test
  void governmentsCarryTheirCountry() {
    Organization tunisia =
        of("go 3 May 2005, Tunis (Tunisia), Government of Tunisia - Forum").get(0);
    assertEquals(Optional.of(Kind.GOVERNMENT), tunisia.kind());
    assertEquals(Optional.of("TN"), tunisia.countryCode());
    assertEquals(Optional.of("Government of Tunisia"), tunisia.name());
    Organization korea =
        of("go 3 May 2005, Seoul (Korea), Government of the Republic of Korea (MIC/KADO) - Forum")
            .get(0);
    assertEquals(Optional.of("KR"), korea.countryCode());
  }

  @Test
  void aPairIsSplitOnlyWhereBothSidesAreKnown() {
    List<Organization> pair =
        of("go 3 May 2005, Tunis (Tunisia), Government of Tunisia and ITU - Forum");
    assertEquals(2, pair.size());
    assertEquals(Optional.of("TN"), pair.get(0).countryCode());
    assertEquals(Optional.of("ITU"), pair.get(1).acronym());
    List<Organization> ministry =
        of("go 3 May 2005, Baku (Azerbaijan), Ministry of Transport and Communications - Forum");
    assertEquals(1, ministry.size());
    assertEquals("Ministry of Transport and Communications", ministry.get(0).text());
    assertFalse(ministry.get(0).known());
    assertEquals("ministry of transport and communications", ministry.get(0).key());
  }
}
