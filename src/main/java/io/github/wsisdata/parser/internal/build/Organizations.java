package io.github.wsisdata.parser.internal.build;

import io.github.wsisdata.parser.Organization;
import io.github.wsisdata.parser.Organization.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies of the WSIS years, under their English, French and Spanish names and acronyms, and
 * governments: reads a meeting's organizers as {@link Organization}s (docs/model.md, "Organizers as
 * data"). Names are compared by {@link CountryCodes#key} (case, accents, periods, a leading "the"
 * do not count).
 */
public final class Organizations {
  private Organizations() {}

  /** One body: its acronym ("" for none), English name, kind, and its other names. */
  private record Body(String acronym, String name, Kind kind, String... aliases) {}

  private static final Kind UN = Kind.UN_BODY;
  private static final Kind OTHER = Kind.OTHER;

  private static final List<Body> BODIES =
      List.of(
          new Body(
              "ITU",
              "International Telecommunication Union",
              UN,
              "UIT",
              "Union internationale des télécommunications",
              "Unión Internacional de Telecomunicaciones",
              "ITU-D",
              "ITU-T",
              "ITU-R",
              "ITU/BDT",
              "BDT",
              "ITU Secretariat"),
          new Body(
              "UNESCO",
              "United Nations Educational, Scientific and Cultural Organization",
              UN,
              "Organisation des Nations Unies pour l'éducation, la science et la culture",
              "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura"),
          new Body(
              "UNDP",
              "United Nations Development Programme",
              UN,
              "PNUD",
              "UN Development Programme",
              "Programme des Nations Unies pour le développement",
              "Programa de las Naciones Unidas para el Desarrollo"),
          new Body(
              "UNCTAD",
              "United Nations Conference on Trade and Development",
              UN,
              "CNUCED",
              "Conférence des Nations Unies sur le commerce et le développement",
              "Conferencia de las Naciones Unidas sobre Comercio y Desarrollo"),
          new Body(
              "ECA",
              "United Nations Economic Commission for Africa",
              UN,
              "UNECA",
              "CEA",
              "Economic Commission for Africa",
              "Commission économique pour l'Afrique",
              "Comisión Económica para África"),
          new Body(
              "ESCWA",
              "United Nations Economic and Social Commission for Western Asia",
              UN,
              "UNESCWA",
              "CESAO",
              "Economic and Social Commission for Western Asia",
              "Commission économique et sociale pour l'Asie occidentale",
              "Comisión Económica y Social para Asia Occidental"),
          new Body(
              "ECLAC",
              "Economic Commission for Latin America and the Caribbean",
              UN,
              "CEPAL",
              "UNECLAC",
              "Comisión Económica para América Latina y el Caribe",
              "Commission économique pour l'Amérique latine et les Caraïbes"),
          new Body(
              "ESCAP",
              "Economic and Social Commission for Asia and the Pacific",
              UN,
              "UNESCAP",
              "CESAP",
              "Commission économique et sociale pour l'Asie et le Pacifique",
              "Comisión Económica y Social para Asia y el Pacífico"),
          new Body(
              "UNECE",
              "United Nations Economic Commission for Europe",
              UN,
              "ECE",
              "CEE-ONU",
              "Economic Commission for Europe",
              "Commission économique pour l'Europe",
              "Comisión Económica para Europa"),
          new Body(
              "WIPO",
              "World Intellectual Property Organization",
              UN,
              "OMPI",
              "Organisation Mondiale de la Propriété Intellectuelle",
              "Organización Mundial de la Propiedad Intelectual"),
          new Body(
              "ILO",
              "International Labour Organization",
              UN,
              "OIT",
              "BIT",
              "International Labour Office",
              "Organisation internationale du Travail",
              "Organización Internacional del Trabajo"),
          new Body(
              "WHO",
              "World Health Organization",
              UN,
              "OMS",
              "Organisation mondiale de la santé",
              "Organización Mundial de la Salud"),
          new Body(
              "FAO",
              "Food and Agriculture Organization of the United Nations",
              UN,
              "Food and Agriculture Organization",
              "Organisation des Nations Unies pour l'alimentation et l'agriculture",
              "Organización de las Naciones Unidas para la Agricultura y la Alimentación"),
          new Body(
              "UN",
              "United Nations",
              UN,
              "ONU",
              "UNO",
              "Nations Unies",
              "Organisation des Nations Unies",
              "Naciones Unidas",
              "Organización de las Naciones Unidas"),
          new Body(
              "UN DESA",
              "United Nations Department of Economic and Social Affairs",
              UN,
              "DESA",
              "UNDESA",
              "UN/DESA"),
          new Body(
              "UN ICT Task Force",
              "United Nations Information and Communication Technologies Task Force",
              UN,
              "UNICT Task Force",
              "UN ICT TF",
              "UNICTTF",
              "ICT Task Force"),
          new Body("UNU", "United Nations University", UN, "Université des Nations Unies"),
          new Body("UNICEF", "United Nations Children's Fund", UN),
          new Body("UNEP", "United Nations Environment Programme", UN, "PNUE", "PNUMA"),
          new Body("UNITAR", "United Nations Institute for Training and Research", UN),
          new Body("UNIDO", "United Nations Industrial Development Organization", UN, "ONUDI"),
          new Body("WMO", "World Meteorological Organization", UN, "OMM"),
          new Body("UPU", "Universal Postal Union", UN, "Union postale universelle"),
          new Body("ITC", "International Trade Centre", UN, "CCI"),
          new Body("OHCHR", "Office of the United Nations High Commissioner for Human Rights", UN),
          new Body("UNHCR", "Office of the United Nations High Commissioner for Refugees", UN),
          new Body(
              "World Bank",
              "World Bank",
              UN,
              "World Bank Group",
              "WB",
              "IBRD",
              "Banque mondiale",
              "Banco Mundial",
              "infoDev"),
          new Body(
              "OECD",
              "Organisation for Economic Co-operation and Development",
              OTHER,
              "OCDE",
              "Organization for Economic Cooperation and Development",
              "Organisation de coopération et de développement économiques",
              "Organización para la Cooperación y el Desarrollo Económicos"),
          new Body("ICANN", "Internet Corporation for Assigned Names and Numbers", OTHER),
          new Body("ISOC", "Internet Society", OTHER),
          new Body("IDRC", "International Development Research Centre", OTHER, "CRDI"),
          new Body("ICSU", "International Council for Science", OTHER, "CIUS"),
          new Body("CODATA", "Committee on Data for Science and Technology", OTHER),
          new Body("APT", "Asia-Pacific Telecommunity", OTHER),
          new Body("CTO", "Commonwealth Telecommunications Organisation", OTHER),
          new Body("EBU", "European Broadcasting Union", OTHER, "UER"),
          new Body(
              "IFLA", "International Federation of Library Associations and Institutions", OTHER),
          new Body(
              "CONGO",
              "Conference of NGOs in Consultative Relationship with the United Nations",
              OTHER),
          new Body("APC", "Association for Progressive Communications", OTHER),
          new Body("ICC", "International Chamber of Commerce", OTHER, "CCI/ICC"),
          new Body("GKP", "Global Knowledge Partnership", OTHER),
          new Body("EC", "European Commission", OTHER, "Commission européenne", "Comisión Europea"),
          new Body("CoE", "Council of Europe", OTHER, "Conseil de l'Europe", "Consejo de Europa"),
          new Body("AU", "African Union", OTHER, "UA", "Union africaine", "Unión Africana"),
          new Body(
              "OAS",
              "Organization of American States",
              OTHER,
              "OEA",
              "Organisation des États américains",
              "Organización de los Estados Americanos"),
          new Body(
              "OIF",
              "Organisation internationale de la Francophonie",
              OTHER,
              "Francophonie",
              "International Organisation of La Francophonie"),
          new Body("", "World Summit Award", OTHER, "WSA"),
          new Body(
              "WSIS Executive Secretariat",
              "WSIS Executive Secretariat",
              UN,
              "Executive Secretariat of the WSIS",
              "WSIS ES"));

  private static final Map<String, Body> BY_KEY = index();

  private static Map<String, Body> index() {
    Map<String, Body> map = new HashMap<>();
    for (Body b : BODIES) {
      if (!b.acronym().isEmpty()) {
        map.put(CountryCodes.key(b.acronym()), b);
      }
      map.put(CountryCodes.key(b.name()), b);
      for (String alias : b.aliases()) {
        map.put(CountryCodes.key(alias), b);
      }
    }
    return Map.copyOf(map);
  }

  /** "Government of X", in the three languages; a ministry of a country is its government. */
  private static final Pattern GOVERNMENT =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:government|gouvernement|gobierno|ministry\\s+of\\s+[^,]+?)"
              + "\\s+(?:of|de|du|de\\s+la|del)\\s+(?:the\\s+|l'|la\\s+|le\\s+)?(.+?)"
              + "\\s*(?:\\(.*\\))?");

  /**
   * A name with its acronym after it in parentheses: "International Telecommunication Union (ITU)".
   */
  private static final Pattern TRAILING_PARENTHESES = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

  /** Where "A and B" may be two bodies. */
  private static final Pattern AND = Pattern.compile("\\s+(?:and|&|et|y)\\s+");

  /**
   * A meeting's organizers as organizations, in page order: {@code A and B} becomes two where both
   * sides are known bodies (never inside a name such as {@code Ministry of Transport and
   * Communications}).
   *
   * @param organizers the organizers as the meeting holds them
   * @return one organization per organizer, or two for a split pair
   */
  public static List<Organization> read(List<String> organizers) {
    List<Organization> out = new ArrayList<>(organizers.size());
    for (String organizer : organizers) {
      String[] parts = AND.split(organizer);
      if (parts.length > 1) {
        List<Organization> split = new ArrayList<>();
        for (String part : parts) {
          Organization o = one(part.strip());
          if (!o.known()) {
            split = null;
            break;
          }
          split.add(o);
        }
        if (split != null) {
          out.addAll(split);
          continue;
        }
      }
      out.add(one(organizer));
    }
    return List.copyOf(out);
  }

  private static Organization one(String text) {
    Body body = BY_KEY.get(CountryCodes.key(text));
    Matcher paren = TRAILING_PARENTHESES.matcher(text);
    if (body == null && paren.matches()) {
      body = BY_KEY.get(CountryCodes.key(paren.group(1)));
      if (body == null) {
        body = BY_KEY.get(CountryCodes.key(paren.group(2)));
      }
    }
    if (body != null) {
      return new Organization(
          text,
          body.acronym().isEmpty() ? Optional.empty() : Optional.of(body.acronym()),
          Optional.of(body.name()),
          Optional.of(body.kind()),
          Optional.empty());
    }
    Matcher government = GOVERNMENT.matcher(text);
    if (government.matches()) {
      Optional<String> code = CountryCodes.codeOf(government.group(1).strip());
      if (code.isPresent()) {
        String country = new Locale("", code.get()).getDisplayCountry(Locale.ENGLISH);
        return new Organization(
            text,
            Optional.empty(),
            Optional.of("Government of " + country),
            Optional.of(Kind.GOVERNMENT),
            code);
      }
    }
    return new Organization(
        text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
