package pressfacts.review;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/** The registry pages' Mustache templates, compiled once; every value is HTML-escaped (no triple mustaches). */
public final class RegistryTemplates {
  private final Mustache index;
  private final Mustache person;
  private final Mustache organization;

  public RegistryTemplates() {
    DefaultMustacheFactory factory = new DefaultMustacheFactory("pressfacts/review");
    this.index = factory.compile("registry-index.mustache");
    this.person = factory.compile("registry-person.mustache");
    this.organization = factory.compile("registry-organization.mustache");
  }

  String index(RegistryPages.IndexView v) {
    return Templates.render(index, v);
  }

  String person(RegistryPages.PersonView v) {
    return Templates.render(person, v);
  }

  String organization(RegistryPages.OrgView v) {
    return Templates.render(organization, v);
  }
}
