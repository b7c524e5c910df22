package org.khabar.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The namespaces khabar's RDF uses and the terms of khabar's own ontology ({@code ontology/khabar.ttl}).
 * The khabar namespace is configurable; the others are the published vocabularies.
 *
 * <pre>{@code
 * Vocab v = Vocab.standard();
 * Node speaker = v.kg("speaker");      // https://w3id.org/khabar/ontology#speaker
 * }</pre>
 */
public final class Vocab {
    public static final String DEFAULT_NS = "https://w3id.org/khabar/ontology#";
    public static final String RESOURCE_NS = "https://w3id.org/khabar/resource/";
    public static final String CAMEO_NS = "https://w3id.org/khabar/cameo/";

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String GAF = "http://groundedannotationframework.org/gaf#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String WD = "http://www.wikidata.org/entity/";

    public static final Node TYPE = uri(RDF + "type");
    public static final Node VALUE = uri(RDF + "value");

    private final String ns;

    private Vocab(String ns) { this.ns = ns; }

    public static Vocab standard() { return new Vocab(DEFAULT_NS); }

    /** A vocabulary whose khabar terms live in {@code namespace} (must end in {@code #} or {@code /}). */
    public static Vocab of(String namespace) {
        Iris.requireSafe(namespace, "the ontology namespace");
        if (!namespace.endsWith("#") && !namespace.endsWith("/")) {
            throw new IllegalArgumentException("the ontology namespace must end in '#' or '/': " + namespace);
        }
        return new Vocab(namespace);
    }

    public String ns() { return ns; }

    /** The khabar term {@code local}. */
    public Node kg(String local) { return uri(ns + local); }

    public static Node uri(String iri) { return NodeFactory.createURI(iri); }

    public static Node schema(String local) { return uri(SCHEMA + local); }

    public static Node sem(String local) { return uri(SEM + local); }

    public static Node prov(String local) { return uri(PROV + local); }

    public static Node org(String local) { return uri(ORG + local); }

    public static Node nif(String local) { return uri(NIF + local); }

    public static Node skos(String local) { return uri(SKOS + local); }

    /** The prefixes written at the top of pretty dumps, in a fixed order. */
    public Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kg", ns);
        p.put("res", RESOURCE_NS);
        p.put("cameo", CAMEO_NS);
        p.put("rdf", RDF);
        p.put("rdfs", RDFS);
        p.put("xsd", XSD);
        p.put("owl", OWL);
        p.put("skos", SKOS);
        p.put("schema", SCHEMA);
        p.put("sem", SEM);
        p.put("prov", PROV);
        p.put("org", ORG);
        p.put("nif", NIF);
        p.put("gaf", GAF);
        p.put("dct", DCT);
        p.put("wd", WD);
        return p;
    }
}
