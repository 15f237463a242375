// Small articles written for the feature tests (our own text).
export const callStory = `---
title: Leaders to speak by phone
date: 2025-07-03
---
BERLIN: German Chancellor [[Friedrich Merz|merz]] will speak with French President Emmanuel Macron on [[Thursday|thursday]], their first call in over two weeks.
“We will talk about [[today|today]]’s proposals,” [[the chancellor|chancellor]] told reporters.
[[Macron|macron]] said last week that he had “great hopes” for the talks.
The plan was described as a “reset” by some diplomats.
`;
