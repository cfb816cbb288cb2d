-- The step quarters are rolled up into analytics_steps_1d and analytics_steps_7d (V20, sketches by the Java
-- migration V20_1): nothing reads them any more.
drop table analytics_steps_15m;
