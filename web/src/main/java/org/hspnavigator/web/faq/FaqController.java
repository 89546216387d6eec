package org.hspnavigator.web.faq;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hspnavigator.engine.faq.Myth;
import org.hspnavigator.engine.faq.MythCatalog;
import org.hspnavigator.formats.faq.MythJson;
import org.hspnavigator.formats.faq.MythTexts;
import org.hspnavigator.formats.validation.Problem;
import org.hspnavigator.web.system.AcceptLanguage;
import org.hspnavigator.web.system.ApiDocumentation;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The myths about the HSP visa, each with its verdict and the rule that decides it, as {@code hsp faq --json}. */
@RestController
@Tag(name = "FAQ", description = "Common claims about the HSP visa and what the rules say (hsp faq)")
public class FaqController {

    private final MythCatalog catalog = MythCatalog.official();

    @GetMapping(path = "/api/v1/faq", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "faq", summary = "Every myth, with its verdict and rule")
    @ApiResponse(responseCode = "200", description = "The myths",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.MYTHS)))
    public ResponseEntity<byte[]> all(HttpServletRequest request) {
        return JsonResponses.ok(writer(request).write(catalog.all()));
    }

    @GetMapping(path = "/api/v1/faq/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "faqEntry", summary = "One myth, by its id")
    @ApiResponse(responseCode = "200", description = "The myth",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.MYTH)))
    public ResponseEntity<byte[]> one(
            @Parameter(description = "The myth's id, a letter (hsp faq ID)") @PathVariable("id") String id,
            HttpServletRequest request) {
        Myth myth = catalog.byId(id.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new NotFoundException(
                Problem.of("notFound.myth", id, catalog.all().stream().map(Myth::id).collect(Collectors.joining(", ")))));
        return JsonResponses.ok(writer(request).write(myth));
    }

    private static MythJson writer(HttpServletRequest request) {
        return new MythJson(MythTexts.of(AcceptLanguage.of(request)));
    }
}
