package no.samskap.bench;

/**
 * Believable ideas in SQL: Norwegian titles and bodies put together from a few hundred phrases, six in ten for Rana
 * and four in ten for Ullensvang, submitted over three years, most published and spread over the lifecycle, support
 * counts skewed like real ones (most ideas have a handful, a few hundreds; about five per idea on average, so a
 * million ideas carry some five million supports), a few hidden. The words repeat the way a municipality's ideas do,
 * so a search for a common word matches tens of thousands of ideas, as it would.
 */
final class IdeaGenerator {

    private static final Phrases WHAT = phrases("eSport-rom", "Konsertserie", "Leksehjelp", "Sommerkino", "Skrivekurs",
        "Bandrom", "Strikkekafé", "Podkaststudio", "Filmklubb", "Lesesirkel", "Dansekurs", "Sjakkklubb", "Kodeklubb",
        "Teaterverksted", "Kunstutstilling", "Spillkveld", "Korøvelse", "Språkkafé", "Loppemarked", "Fotokurs",
        "Graffitivegg", "Klatrevegg", "Bokbytte", "Ungdomsklubb", "Dataverksted", "Musikkstudio", "Slampoesi",
        "Matkurs", "Syverksted", "Brettspillkafé", "Tegneseriekurs", "Animasjonskurs", "Gitarkurs", "Rapverksted",
        "Kinokveld", "Foredragsserie", "Historielag", "Jazzkveld", "Barneteater", "Fortellerstund");
    private static final Phrases FOR_WHOM = phrases("for ungdom", "for eldre", "for barnefamilier", "for nye innbyggere",
        "for studenter", "for alle", "for barn", "for seniorer", "for småbarnsforeldre", "for unge voksne");
    private static final Phrases WHERE = phrases("på biblioteket", "i kulturhuset", "i parken", "på fritidsklubben",
        "i sentrum", "på skolen", "på kaia", "i idrettshallen", "på samfunnshuset", "i kinosalen", "på torget",
        "i ungdomshuset");
    private static final Phrases WHEN = phrases("på kveldstid", "i helgene", "i sommerferien", "hver torsdag",
        "i vinterferien", "en gang i måneden", "etter skoletid", "hver lørdag", "i høstferien", "hele året");
    private static final Phrases WHY = phrases(
        "Mange unge mangler et sted å være etter skolen, og dette kan samle dem.",
        "Det finnes ikke noe slikt tilbud i kommunen i dag, og flere har etterlyst det.",
        "Frivillige i laget vårt kan stille med utstyr og folk til å drive det.",
        "Tilbudet kan være gratis hvis kommunen stiller lokalet til disposisjon.",
        "Biblioteket har plass, men trenger hjelp til å holde åpent lenger.",
        "Dette gir eldre og unge en grunn til å møtes på tvers av generasjoner.",
        "Nye innbyggere får lettere venner og lærer språket raskere.",
        "Kulturskolen har lærere som gjerne vil bidra noen kvelder i uka.",
        "Lokale musikere og kunstnere trenger en scene å vise fram arbeidet sitt på.",
        "Et slikt tilbud gjør sentrum mer levende også utenom sommeren.",
        "Foreldre i nabolaget har lenge snakket om at noe slikt mangler.",
        "Vi har sett at det fungerer godt i nabokommunen.");
    private static final Phrases HOW = phrases(
        "Vi foreslår en prøveperiode på seks måneder før tilbudet evalueres.",
        "Lokalet må ha god lyd og være universelt utformet.",
        "Det bør være en voksen til stede, og påmelding skal være enkel.",
        "Utstyret kan deles med skolen på dagtid.",
        "Foreningen kan ta ansvar for vakter og nøkler.",
        "Arrangementene kan annonseres på biblioteket og i sosiale medier.",
        "En liten inngangspenger kan dekke materialer.",
        "Vi kan starte med én kveld i uka og utvide hvis mange kommer.");
    private static final Phrases AREA = phrases("bibliotek", "kulturskole", "kino", "fritid-ungdom", "kulturhus", "digital",
        "annet");
    private static final String GROUPS = "array['{ungdom}','{barn}','{eldre}','{voksne}','{alle}','{barn,ungdom}',"
        + "'{voksne,eldre}','{alle}']::text[]";
    private static final String VALUES = "array['{}','{folkehelse}','{frivillighet}','{inkludering}',"
        + "'{folkehelse,inkludering}','{baerekraft}','{frivillighet,baerekraft}','{}']::text[]";

    private IdeaGenerator() {
    }

    /** One statement inserting ideas numbered {@code from} to {@code to}, in the session's {@code setseed} sequence. */
    static String insert(int from, int to) {
        return """
            insert into idea_board (id, municipality, title, body, service_area, status, submitted_at, updated_at,
                                    published_at, respond_by, answer, support_count, comment_count, hidden_at,
                                    published_before_hiding, target_groups, strategic_values, cost_model)
            select gen_random_uuid(), municipality, title, body, service_area, status, submitted_at, submitted_at,
                   case when hidden then null else published_at end,
                   case when status = 'under-assessment' then (published_at + interval '30 days')::date end,
                   case when status in ('accepted', 'not-possible', 'already-exists', 'realised')
                        then 'Takk for innspillet. Vi har vurdert det sammen med kulturskolen og biblioteket.' end,
                   case when published_at is null then 0
                        else least(floor(-ln(1 - random()) * (case when random() < 0.02 then 60 else 4 end)), 5000)::int end,
                   case when published_at is null then 0 else floor(-ln(1 - random()) * 2)::int end,
                   case when hidden then published_at + interval '2 days' end,
                   case when hidden then published_at end,
                   ((%s)[1 + floor(random() * 8)::int])::text[], ((%s)[1 + floor(random() * 8)::int])::text[],
                   case when random() < 0.8 then 'for-alle' else 'for-noen' end
            from (
                select case when random() < 0.6 then '1833' else '4618' end as municipality,
                       %s || ' ' || %s || ' ' || %s as title,
                       %s || ' ' || %s || ' Gjerne ' || %s || ', ' || %s || '.' as body,
                       %s as service_area,
                       lifecycle.status, submitted_at,
                       case when lifecycle.status in ('submitted', 'rejected') then null
                            else submitted_at + random() * interval '3 days' end as published_at,
                       lifecycle.status not in ('submitted', 'rejected') and random() < 0.005 as hidden
                from (select n, now() - random() * interval '1095 days' as submitted_at, random() as roll
                      from generate_series(%d, %d) as n) as drawn
                cross join lateral (select case when roll < 0.03 then 'submitted' when roll < 0.08 then 'rejected'
                                                when roll < 0.58 then 'published' when roll < 0.72 then 'under-assessment'
                                                when roll < 0.82 then 'accepted' when roll < 0.89 then 'not-possible'
                                                when roll < 0.92 then 'already-exists' when roll < 0.97 then 'realised'
                                                else 'withdrawn' end as status) as lifecycle
            ) as idea""".formatted(GROUPS, VALUES, WHAT.pick(), FOR_WHOM.pick(), WHERE.pick(), WHY.pick(), HOW.pick(),
            WHEN.pick(), WHERE.pick(), AREA.pick(), from, to);
    }

    private static Phrases phrases(String... phrases) {
        var quoted = new StringBuilder("array[");
        for (var i = 0; i < phrases.length; i++) {
            quoted.append(i == 0 ? "" : ",").append('\'').append(phrases[i].replace("'", "''")).append('\'');
        }
        return new Phrases(quoted.append("]::text[]").toString(), phrases.length);
    }

    /** A list of phrases as an SQL array; {@link #pick()} is an expression choosing one at random, row by row. */
    record Phrases(String array, int size) {
        String pick() {
            return "(" + array + ")[1 + floor(random() * " + size + ")::int]";
        }
    }
}
