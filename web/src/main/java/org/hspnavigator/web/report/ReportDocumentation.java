package org.hspnavigator.web.report;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.hspnavigator.web.system.ApiDocumentation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * The API description of the report endpoint's body: one of the two documents of the contract, a
 * profile or a case, which an annotation cannot say with references to the described schemas.
 */
@Configuration(proxyBeanMethods = false)
public class ReportDocumentation {

    @Bean
    OpenApiCustomizer profileOrCaseBody() {
        return openApi -> {
            var path = openApi.getPaths().get("/api/v1/reports");
            if (path == null || path.getPost() == null) {
                return;
            }
            Schema<Object> profileOrCase = new Schema<>();
            profileOrCase.setOneOf(List.of(new Schema<>().$ref(ApiDocumentation.PROFILE),
                    new Schema<>().$ref(ApiDocumentation.CASE)));
            path.getPost().getRequestBody().getContent().get(MediaType.APPLICATION_JSON_VALUE).setSchema(profileOrCase);
        };
    }
}
