package org.hspnavigator.web.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hspnavigator.engine.table.RuleBook;
import org.hspnavigator.formats.rules.RuleBookJson;
import org.hspnavigator.web.system.ApiDocumentation;
import org.hspnavigator.web.system.JsonResponses;
import org.hspnavigator.web.system.Problems;
import org.hspnavigator.web.system.QueryParameters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rule book as data: the rule sets by date, and the point sheet in force on a date. */
@RestController
@Tag(name = "Rules", description = "The rule sets and the official point tables, as data")
public class RulesController {

    private final QueryParameters parameters;
    private final RuleBook book = RuleBook.official();
    private final RuleBookJson writer = new RuleBookJson();

    public RulesController(QueryParameters parameters) {
        this.parameters = parameters;
    }

    @GetMapping(path = "/api/v1/rule-sets", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "ruleSets", summary = "The rule sets, with their dates and official sources")
    @ApiResponse(responseCode = "200", description = "The rule sets, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.RULE_SETS)))
    public ResponseEntity<byte[]> ruleSets() {
        return JsonResponses.ok(writer.ruleSets(book));
    }

    @GetMapping(path = "/api/v1/point-tables", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "pointTables", summary = "The official point sheet in force on a date",
            description = "Every row of the point calculation sheet (ポイント計算表) in force on the date: its criterion, "
                    + "category, option, points and official sources; and the thresholds of each category.")
    @ApiResponse(responseCode = "200", description = "The point sheet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.POINT_TABLES)))
    public ResponseEntity<byte[]> pointTables(
            @Parameter(description = "The date (default: today in Japan), from 2013-12-24 to one year after today",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(name = "date", required = false) String date) {
        List<Problems.Located> problems = new ArrayList<>();
        LocalDate on = parameters.date("date", date, problems).orElseGet(parameters::today);
        QueryParameters.requireNone(problems);
        return JsonResponses.ok(writer.pointSheet(book.ruleSetOn(on), on));
    }
}
