package archfixtures.r11.automation.nodes;

/** Breaks modules-hold-their-rings: a node type outside every ring package, using Spring web and a REST adapter. */
@org.springframework.web.bind.annotation.RestController
public class RogueNode {
    archfixtures.r11.automation.adapter.in.rest.FlowController controller;
}
