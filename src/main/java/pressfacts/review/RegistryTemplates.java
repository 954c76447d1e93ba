package pressfacts.review;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

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
    return render(index, v);
  }

  String person(RegistryPages.PersonView v) {
    return render(person, v);
  }

  String organization(RegistryPages.OrgView v) {
    return render(organization, v);
  }

  private static String render(Mustache m, Object view) {
    StringWriter out = new StringWriter();
    try {
      m.execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
