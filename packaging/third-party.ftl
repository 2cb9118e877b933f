<#-- Template for license-maven-plugin: one line per bundled library, "name version — licence — url". -->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
<#assign licenses = e.getValue()/>
${p.name!p.artifactId} ${p.version} — <#list licenses as l>${l}<#sep>; </#sep></#list> — ${p.url!("https://central.sonatype.com/artifact/" + p.groupId + "/" + p.artifactId)}
</#list>
