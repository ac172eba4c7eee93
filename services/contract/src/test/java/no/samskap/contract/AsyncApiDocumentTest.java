package no.samskap.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import no.samskap.contract.proposals.ProposalsMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsyncApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOCUMENT = AsyncApiDocument.describe();

    static List<MessageType<?>> everyMessageType() {
        return MessageCatalogue.all();
    }

    @Test
    void isAnAsyncApiThreeDocumentWithOneChannelPerTopicOfTheCatalogue() {
        var topics = MessageCatalogue.all().stream().map(MessageType::topic).collect(Collectors.toSet());
        var channels = new HashSet<String>();
        DOCUMENT.get("channels").fieldNames().forEachRemaining(channels::add);

        assertEquals("3.0.0", DOCUMENT.get("asyncapi").asText());
        assertEquals(topics, channels);
        channels.forEach(topic -> assertEquals("#/channels/" + topic,
            DOCUMENT.at("/operations/send-" + topic + "/channel/$ref").asText()));
    }

    @Test
    void fitsTheAsyncApiThreeSchema() {
        var problems = asyncApiSchema().validate(DOCUMENT);

        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aChannelWithAFieldTheSpecificationDoesNotKnowIsRefused() {
        var misspelt = DOCUMENT.deepCopy();
        ((ObjectNode) misspelt.get("channels").get(ProposalsMessages.IDEA.topic())).put("adress", "samskap.proposals.idea");

        assertFalse(asyncApiSchema().validate(misspelt).isEmpty());
    }

    /** @asyncapi/specs' schemas/3.0.0-without-$id.json (6.11.1, Apache-2.0), kept as a test resource. */
    private static JsonSchema asyncApiSchema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json"));
    }

    @ParameterizedTest
    @MethodSource("everyMessageType")
    void everyMessageTypeIsOnItsTopicsChannelWithItsVersion(MessageType<?> type) {
        var id = AsyncApiDocument.messageId(type);
        var channel = DOCUMENT.get("channels").get(type.topic());
        var message = DOCUMENT.at("/components/messages/" + id);

        assertEquals("{prefix}" + type.topic(), channel.get("address").asText());
        assertEquals("#/components/messages/" + id, channel.at("/messages/" + id + "/$ref").asText());
        assertTrue(DOCUMENT.at("/operations/send-" + type.topic() + "/messages").findValuesAsText("$ref")
            .contains("#/channels/" + type.topic() + "/messages/" + id), id);
        assertEquals(type.name(), message.get("name").asText());
        assertEquals(type.name(), message.at("/payload/properties/type/const").asText());
        assertEquals(type.version(), message.at("/payload/properties/version/const").asInt());
        assertEquals(type.aggregateType().name(), message.at("/payload/properties/aggregateType/const").asText());
    }

    @ParameterizedTest
    @MethodSource("everyMessageType")
    void everyGoldenSampleFitsItsMessagesPayloadSchema(MessageType<?> type) throws Exception {
        var golden = JSON.readTree(GoldenSamples.of(type));

        var problems = schemaOf(type).validate(golden);

        assertTrue(problems.isEmpty(), AsyncApiDocument.messageId(type) + ": " + problems);
    }

    @ParameterizedTest
    @MethodSource("everyMessageType")
    void everyFieldOfAGoldenPayloadIsDescribedAndEveryDescribedFieldIsInIt(MessageType<?> type) throws Exception {
        var golden = JSON.readTree(GoldenSamples.of(type)).get("payload");
        var described = DOCUMENT.at("/components/messages/" + AsyncApiDocument.messageId(type)
            + "/payload/properties/payload/properties");

        assertEquals(names(golden), names(described), AsyncApiDocument.messageId(type));
    }

    @Test
    void aSampleWhoseFieldHasTheWrongTypeOrWhoseVersionIsAnotherIsRefused() throws Exception {
        var schema = schemaOf(ProposalsMessages.IDEA_SUBMITTED);
        var wrongField = (ObjectNode) JSON.readTree(GoldenSamples.of(ProposalsMessages.IDEA_SUBMITTED));
        ((ObjectNode) wrongField.get("payload")).put("submittedAt", 42);
        var wrongVersion = (ObjectNode) JSON.readTree(GoldenSamples.of(ProposalsMessages.IDEA_SUBMITTED));
        wrongVersion.put("version", 2);

        assertFalse(schema.validate(wrongField).isEmpty());
        assertFalse(schema.validate(wrongVersion).isEmpty());
    }

    private static JsonSchema schemaOf(MessageType<?> type) {
        var payload = DOCUMENT.at("/components/messages/" + AsyncApiDocument.messageId(type) + "/payload");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(payload);
    }

    private static Set<String> names(JsonNode object) {
        var names = new HashSet<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
