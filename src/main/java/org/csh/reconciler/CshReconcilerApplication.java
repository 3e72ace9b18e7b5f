package org.csh.reconciler;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CshReconcilerApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(CshReconcilerApplication.class, args)));
    }
}
