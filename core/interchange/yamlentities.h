#pragma once

#include "yamlfields.h"

namespace atlas::yamlentities {

// One reader per entity of FORMAT.md; each fills what it can and reports the rest.
Region region(YamlFields &f, const YamlNode &node, const std::string &path);
/** `added`: a scenario's add_centers entry, which may carry build_cost. */
Center center(YamlFields &f, const YamlNode &node, const std::string &path, bool added);
Chip chip(YamlFields &f, const YamlNode &node, const std::string &path);
Inventory inventory(YamlFields &f, const YamlNode &node, const std::string &path);
Link link(YamlFields &f, const YamlNode &node, const std::string &path);
Tenant tenant(YamlFields &f, const YamlNode &node, const std::string &path);
Scenario scenario(YamlFields &f, const YamlNode &node, const std::string &path);

} // namespace atlas::yamlentities
