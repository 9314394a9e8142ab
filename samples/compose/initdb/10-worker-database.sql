-- The Workers keep their state (and Quartz's tables) in a database of their own: the Api and the Worker each have a schema_version table.
CREATE DATABASE brandwatch_worker OWNER brandwatch;
