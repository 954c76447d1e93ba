package pressfacts.doc;

/** The entity types of the record contract (ANNOTATION.md, "Entity types"). */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION
}
