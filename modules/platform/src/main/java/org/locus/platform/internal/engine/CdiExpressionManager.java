package org.locus.platform.internal.engine;

import jakarta.enterprise.inject.spi.BeanManager;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The engine's expression manager with CDI beans added: Camunda's CDI module stops at 7.23, so this
 * is its one piece Locus needs. Process variables win over beans of the same name, as they did there.
 */
class CdiExpressionManager extends JuelExpressionManager {

    private final BeanManager beanManager;

    CdiExpressionManager(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(super.createElResolver());
        resolver.add(new CdiBeanElResolver(beanManager));
        return resolver;
    }
}
